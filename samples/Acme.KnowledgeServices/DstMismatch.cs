using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// Whether two zones that both observe daylight saving time disagree on a date because they change
/// clocks on different dates (New York and Kraków for three weeks in March and one in November),
/// as opposed to the year-round difference of hemispheres.
/// </summary>
internal static class DstMismatch
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are in a short DST mismatch on <paramref name="date"/>.</summary>
    public static bool On(LocalDate date, DateTimeZone a, DateTimeZone b)
    {
        if (!Observes(a) || !Observes(b) || !Differ(date, a, b))
        {
            return false;
        }

        // Zones in opposite hemispheres differ most of the year; a mismatch is a matter of weeks.
        int differing = 0;
        for (var day = ContractCoverage.Year.Start; day <= ContractCoverage.Year.End; day = day.PlusDays(1))
        {
            differing += Differ(day, a, b) ? 1 : 0;
        }

        return differing < 60;
    }

    private static bool Observes(DateTimeZone zone) =>
        InDst(new LocalDate(2026, 1, 15), zone) != InDst(new LocalDate(2026, 7, 15), zone);

    private static bool Differ(LocalDate date, DateTimeZone a, DateTimeZone b) => InDst(date, a) != InDst(date, b);

    private static bool InDst(LocalDate date, DateTimeZone zone) =>
        zone.GetZoneInterval(date.At(new LocalTime(12, 0)).InUtc().ToInstant()).Savings != Offset.Zero;
}
