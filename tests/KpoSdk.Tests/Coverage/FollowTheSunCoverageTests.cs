using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Coverage.CoverageTestCalendars;

namespace KpoSdk.Tests.Coverage;

/// <summary>
/// A New York client open 08:00-20:00 served by Kraków 14:00-22:00 (08:00-16:00 in New York in
/// January) and then Pune 23:30-07:30 (13:00-21:00 in New York), in the week of 4 January 2027;
/// Manila 06:00-14:00 (17:00-01:00 in New York, the evening before) closes the ring.
/// </summary>
public class FollowTheSunCoverageTests
{
    private static readonly BusinessCalendar LongDay = BusinessCalendar.Create("America/New_York", "Mon-Fri 08:00-20:00");
    private static readonly DeliveryCalendar Krakow = new("Kraków", BusinessCalendar.Create("Europe/Warsaw", "Mon-Fri 14:00-22:00"));
    private static readonly DeliveryCalendar PuneLate = new("Pune", BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 23:30-07:30"));
    private static readonly DeliveryCalendar Manila = new("Manila", BusinessCalendar.Create("Asia/Manila", "Mon-Fri 06:00-14:00"));
    private static readonly DateInterval Week = Dates(2027, 1, 4, 2027, 1, 8);

    [Fact]
    public void Two_centers_cover_the_long_day_and_each_contributes_its_own_hours()
    {
        var analysis = CoverageAnalysis.Analyze(LongDay, Week, Krakow, PuneLate);

        Assert.Equal(Duration.FromHours(60), analysis.Required);
        Assert.True(analysis.IsFullyCovered);
        Assert.Equal(
            [
                new CenterCoverage("Kraków", Open: Duration.FromHours(40), Covered: Duration.FromHours(40), Exclusive: Duration.FromHours(25)),
                new CenterCoverage("Pune", Open: Duration.FromHours(40), Covered: Duration.FromHours(35), Exclusive: Duration.FromHours(20)),
            ],
            analysis.Centers);
    }

    [Fact]
    public void The_handover_is_the_three_hours_both_are_on_shift()
    {
        var analysis = CoverageAnalysis.Analyze(LongDay, Week, Krakow, PuneLate);

        var handover = Assert.Single(analysis.Handovers);
        Assert.Equal(("Kraków", "Pune"), (handover.From, handover.To));
        Assert.Equal(Duration.FromHours(15), handover.Overlap);
        Assert.Equal(
            Weekdays(Week.Start, Week.End).Select(d => new Interval(Ny(2027, 1, d.Day, 13).ToInstant(), Ny(2027, 1, d.Day, 16).ToInstant())),
            handover.Intervals);
        Assert.Equal("Kraków → Pune: 15:00:00 overlap in 5 stretches", handover.ToString());
    }

    [Fact]
    public void Three_centers_hand_over_in_a_ring()
    {
        var analysis = CoverageAnalysis.Analyze(LongDay, Week, Krakow, PuneLate, Manila);

        Assert.Equal(
            [("Kraków", "Pune", Duration.FromHours(15)), ("Pune", "Manila", Duration.FromHours(16)), ("Manila", "Kraków", Duration.Zero)],
            analysis.Handovers.Select(h => (h.From, h.To, h.Overlap)));
        Assert.Empty(analysis.Handovers[2].Intervals);
        Assert.Equal(Duration.Zero, analysis.Centers[2].Exclusive);

        // Manila's 06:00-14:00 is 17:00-01:00 in New York the evening before: Sunday to Thursday.
        Assert.Equal(Duration.FromHours(12), analysis.Centers[2].Covered);
    }

    [Fact]
    public void Without_the_second_center_the_evening_is_uncovered()
    {
        var analysis = CoverageAnalysis.Analyze(LongDay, Week, Krakow);

        Assert.Equal(Duration.FromHours(20), analysis.Uncovered);
        Assert.All(analysis.Gaps, g => Assert.Equal((new LocalTime(16, 0), new LocalTime(20, 0)), (g.Start.TimeOfDay, g.End.TimeOfDay)));
    }
}
