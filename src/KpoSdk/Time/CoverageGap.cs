using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Time;

/// <summary>
/// A stretch of the client's business time that no delivery center covers, from
/// <see cref="CoverageAnalysis.Gaps"/>, with its ends in the client's zone for reporting.
/// </summary>
/// <param name="Start">The first uncovered instant, in the client's zone.</param>
/// <param name="End">The instant coverage resumes or the client closes (exclusive), in the client's zone.</param>
public readonly record struct CoverageGap(ZonedDateTime Start, ZonedDateTime End)
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");
    private static readonly LocalDateTimePattern Full = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss.FFFFFFFFF");

    /// <summary>Total hours, minutes and seconds, e.g. <c>1:00:00</c> or <c>31:30:00</c>.</summary>
    internal static readonly DurationPattern Hours = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    /// <summary>The gap as instants.</summary>
    public Interval Interval => new(Start.ToInstant(), End.ToInstant());

    /// <summary>How long the gap lasts (elapsed time, which is business time here).</summary>
    public Duration Duration => End.ToInstant() - Start.ToInstant();

    /// <summary>
    /// The gap in the client's local time, e.g. <c>2027-03-15 09:00 to 2027-03-15 10:00 America/New_York (1:00:00)</c>;
    /// seconds appear only when not zero.
    /// </summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Format(Start.LocalDateTime)} to {Format(End.LocalDateTime)} {Start.Zone.Id} ({Hours.Format(Duration)})");

    private static string Format(LocalDateTime local) =>
        local.TimeOfDay.Second == 0 && local.TimeOfDay.NanosecondOfSecond == 0 ? Minutes.Format(local) : Full.Format(local);
}
