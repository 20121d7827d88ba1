using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Coverage.CoverageTestCalendars;

namespace KpoSdk.Tests.Coverage;

/// <summary>
/// A New York client served from London or Kraków on a fixed local shift that matches New York
/// hours exactly while both sides are on the same kind of time. In 2027 the US changes clocks on
/// 14 March and 7 November, the UK and EU on 28 March and 31 October: in between, Europe is one
/// hour closer and its shift starts at 10:00 in New York.
/// </summary>
public class DstMismatchCoverageTests
{
    private static readonly LocalDate[] MismatchWeekdays =
    [
        .. Weekdays(new LocalDate(2027, 3, 15), new LocalDate(2027, 3, 26)),
        .. Weekdays(new LocalDate(2027, 11, 1), new LocalDate(2027, 11, 5)),
    ];

    [Fact]
    public void The_2027_transition_dates_are_the_ones_the_scenario_assumes()
    {
        Assert.Equal([new LocalDate(2027, 3, 14), new LocalDate(2027, 11, 7)], TransitionDates("America/New_York", 2027));
        Assert.Equal([new LocalDate(2027, 3, 28), new LocalDate(2027, 10, 31)], TransitionDates("Europe/London", 2027));
        Assert.Equal([new LocalDate(2027, 3, 28), new LocalDate(2027, 10, 31)], TransitionDates("Europe/Warsaw", 2027));
    }

    [Theory]
    [InlineData("London")]
    [InlineData("Kraków")]
    public void A_year_of_coverage_finds_exactly_the_mismatch_weeks(string centerName)
    {
        var center = centerName == "London" ? London() : Krakow();

        var analysis = CoverageAnalysis.Analyze(Client(), Year(2027), center);

        Assert.Equal(15, MismatchWeekdays.Length);
        Assert.Equal(MismatchWeekdays, analysis.UncoveredDates);
        Assert.Equal(MismatchWeekdays.Select(d => new CoverageGap(Ny(d.Year, d.Month, d.Day, 9), Ny(d.Year, d.Month, d.Day, 10))), analysis.Gaps);
        Assert.Equal(Duration.FromHours(15), analysis.Uncovered);
        Assert.Equal(Duration.FromHours(8 * 261), analysis.Required);
        Assert.Equal(analysis.Required, analysis.Covered + analysis.Uncovered);
        Assert.Equal("2027-03-15 09:00 to 2027-03-15 10:00 America/New_York (1:00:00)", analysis.Gaps[0].ToString());
    }

    [Fact]
    public void Both_European_centers_together_leave_the_same_gaps_and_share_everything_else()
    {
        var analysis = CoverageAnalysis.Analyze(Client(), Year(2027), London(), Krakow());

        Assert.Equal(MismatchWeekdays, analysis.UncoveredDates);
        Assert.All(analysis.Centers, c => Assert.Equal(Duration.Zero, c.Exclusive));
        Assert.All(analysis.Centers, c => Assert.Equal(analysis.Covered, c.Covered));

        // London 14:00-22:00 and Kraków 15:00-23:00, an hour ahead all year: the same eight hours.
        var handover = Assert.Single(analysis.Handovers);
        Assert.Equal(("London", "Kraków"), (handover.From, handover.To));
        Assert.Equal(Duration.FromHours(8 * 261), handover.Overlap);
        Assert.Equal(261, handover.Intervals.Count);
    }

    private static List<LocalDate> TransitionDates(string zoneId, int year)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var start = Instant.FromUtc(year, 1, 1, 0, 0);
        return zone.GetZoneIntervals(start, Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(z => z.HasStart && z.Start > start)
            .Select(z => z.Start.InZone(zone).Date)
            .ToList();
    }
}
