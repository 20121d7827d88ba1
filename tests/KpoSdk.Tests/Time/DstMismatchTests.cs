using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>
/// In 2027 the US moves its clocks on 14 March and 7 November, the UK on 28 March and 31
/// October: for those weeks New York and London are four hours apart instead of five.
/// </summary>
public class DstMismatchTests
{
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");
    private static readonly DateTimeZone London = TestCalendars.Zone("Europe/London");

    [Fact]
    public void Transition_dates_of_2027_are_as_expected()
    {
        Assert.Equal(
            [new LocalDate(2027, 3, 14), new LocalDate(2027, 11, 7)],
            TransitionDates(NewYork, 2027));
        Assert.Equal(
            [new LocalDate(2027, 3, 28), new LocalDate(2027, 10, 31)],
            TransitionDates(London, 2027));
    }

    [Fact]
    public void Overlap_of_New_York_and_London_hours_grows_in_the_mismatch_weeks()
    {
        var client = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Mon-Fri 09:00-17:00"));
        var london = BusinessCalendar.Create(London, WeeklyHours.Parse("Mon-Fri 09:00-17:30"));
        for (var date = new LocalDate(2027, 3, 1); date <= new LocalDate(2027, 11, 30); date = date.PlusDays(1))
        {
            if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                continue;
            }

            bool mismatch = (date >= new LocalDate(2027, 3, 14) && date < new LocalDate(2027, 3, 28))
                || (date >= new LocalDate(2027, 10, 31) && date < new LocalDate(2027, 11, 7));

            // London closes at 17:30, i.e. 12:30 in New York, or 13:30 when only the US has moved.
            var expected = Duration.FromMinutes(mismatch ? 270 : 210);
            Assert.Equal(expected, Overlap(client, london, NewYork.AtStartOfDay(date).ToInstant(), NewYork.AtStartOfDay(date.PlusDays(1)).ToInstant()));
        }
    }

    [Fact]
    public void A_four_hour_response_started_at_the_London_close_lands_an_hour_apart()
    {
        var london = BusinessCalendar.Create(London, WeeklyHours.Parse("Mon-Fri 09:00-17:30"));
        var client = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Mon-Fri 09:00-17:00"));

        // A ticket that reaches New York when London closes, in a normal and in a mismatch week.
        var normal = london.NextClose(London.At(2027, 3, 10, 12, 0))!.Value;
        var mismatch = london.NextClose(London.At(2027, 3, 17, 12, 0))!.Value;
        Assert.Equal(NewYork.At(2027, 3, 10, 16, 30), client.Add(normal, Duration.FromHours(4)));
        Assert.Equal(NewYork.At(2027, 3, 17, 17, 0), client.Add(mismatch, Duration.FromHours(3) + Duration.FromMinutes(30)));
        Assert.Equal(NewYork.At(2027, 3, 18, 9, 30), client.Add(mismatch, Duration.FromHours(4)));
    }

    private static Duration Overlap(BusinessCalendar a, BusinessCalendar b, Instant from, Instant to)
    {
        var total = Duration.Zero;
        foreach (var interval in a.OpenIntervals(from, to))
        {
            total += b.Between(interval.Start, interval.End);
        }

        return total;
    }

    private static List<LocalDate> TransitionDates(DateTimeZone zone, int year) =>
        zone.GetZoneIntervals(Instant.FromUtc(year, 1, 1, 0, 0), Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(z => z.HasStart && z.Start > Instant.FromUtc(year, 1, 1, 0, 0))
            .Select(z => z.Start.InZone(zone).Date)
            .ToList();
}
