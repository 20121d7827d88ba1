using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The weeks when two zones that both observe daylight saving time disagree because they change
/// their clocks on different dates (New York and Kraków for three weeks in March and one in
/// November), as opposed to the year-round difference between hemispheres.
/// </summary>
public static class ClockChanges
{
    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> are in a short DST mismatch on
    /// <paramref name="date"/>: both observe DST in its year, one is on summer time at noon UTC and
    /// the other not, and they differ so on fewer than 60 days of that year.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    public static bool AreMismatched(LocalDate date, DateTimeZone a, DateTimeZone b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!Observes(date.Year, a) || !Observes(date.Year, b) || !Differ(date, a, b))
        {
            return false;
        }

        int differing = 0;
        for (var day = new LocalDate(date.Year, 1, 1); day.Year == date.Year; day = day.PlusDays(1))
        {
            differing += Differ(day, a, b) ? 1 : 0;
        }

        return differing < 60;
    }

    private static bool Observes(int year, DateTimeZone zone) =>
        InDst(new LocalDate(year, 1, 15), zone) != InDst(new LocalDate(year, 7, 15), zone);

    private static bool Differ(LocalDate date, DateTimeZone a, DateTimeZone b) => InDst(date, a) != InDst(date, b);

    private static bool InDst(LocalDate date, DateTimeZone zone) =>
        zone.GetZoneInterval(date.At(new LocalTime(12, 0)).InUtc().ToInstant()).Savings != Offset.Zero;
}
