using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Time;

/// <summary>Culture-invariant forms of NodaTime values for exception messages.</summary>
internal static class MessageText
{
    public static string Of(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    public static string Of(Duration duration) => DurationPattern.Roundtrip.Format(duration);

    public static string Of(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
