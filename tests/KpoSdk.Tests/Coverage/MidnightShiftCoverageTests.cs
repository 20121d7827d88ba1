using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Coverage.CoverageTestCalendars;

namespace KpoSdk.Tests.Coverage;

/// <summary>
/// Pune works 19:30-04:30 (Asia/Kolkata, +05:30, no DST) for a New York client open 09:00-17:00:
/// 09:00-18:00 in New York while New York is on EST, 10:00-19:00 while it is on EDT.
/// </summary>
public class MidnightShiftCoverageTests
{
    [Fact]
    public void In_winter_the_night_shift_covers_New_York_hours_completely()
    {
        var analysis = CoverageAnalysis.Analyze(Client(), Dates(2027, 1, 3, 2027, 1, 9), Pune());

        Assert.True(analysis.IsFullyCovered);
        Assert.Empty(analysis.Gaps);
        Assert.Equal(Duration.FromHours(40), analysis.Required);
        Assert.Equal(1.0, analysis.CoveredShare);
        var pune = Assert.Single(analysis.Centers);
        Assert.Equal(new CenterCoverage("Pune", Duration.FromHours(45), Duration.FromHours(40), Duration.FromHours(40)), pune);
        Assert.Empty(analysis.Handovers);
    }

    [Fact]
    public void In_summer_the_first_New_York_hour_of_each_weekday_is_uncovered()
    {
        var analysis = CoverageAnalysis.Analyze(Client(), Dates(2027, 7, 11, 2027, 7, 17), Pune());

        Assert.Equal(
            Weekdays(new LocalDate(2027, 7, 12), new LocalDate(2027, 7, 16)).Select(d => new CoverageGap(Ny(2027, 7, d.Day, 9), Ny(2027, 7, d.Day, 10))),
            analysis.Gaps);
        Assert.Equal(Duration.FromHours(35), analysis.Covered);
        Assert.Equal(Duration.FromHours(5), analysis.Uncovered);
        Assert.Equal(0.875, analysis.CoveredShare);
    }

    [Fact]
    public void The_week_New_York_springs_forward_opens_a_gap_from_Monday()
    {
        var analysis = CoverageAnalysis.Analyze(Client(), Dates(2027, 3, 8, 2027, 3, 19), Pune());

        Assert.Equal(Weekdays(new LocalDate(2027, 3, 15), new LocalDate(2027, 3, 19)), analysis.UncoveredDates);
        Assert.Equal(Duration.FromHours(5), analysis.Uncovered);
    }

    [Fact]
    public void A_holiday_on_the_day_after_a_night_shift_starts_leaves_that_shift_whole()
    {
        // Republic Day, Tuesday 26 January 2027: the shift starting Monday 19:30 runs into it and
        // stays open (it belongs to Monday); the shift that would start Tuesday 19:30 does not run.
        var pune = new DeliveryCalendar("Pune", Pune().Calendar.WithHoliday(new LocalDate(2027, 1, 26)));

        var analysis = CoverageAnalysis.Analyze(Client(), Dates(2027, 1, 25, 2027, 1, 27), pune);

        Assert.Equal([new CoverageGap(Ny(2027, 1, 26, 9), Ny(2027, 1, 26, 17))], analysis.Gaps);
    }

    [Fact]
    public void A_holiday_on_the_start_date_of_a_night_shift_closes_it_after_midnight_too()
    {
        // The shift that starts Monday 25 January 19:30 in Pune (09:00 in New York) is closed whole,
        // including its hours after midnight on Tuesday in Pune.
        var pune = new DeliveryCalendar("Pune", Pune().Calendar.WithHoliday(new LocalDate(2027, 1, 25)));

        var analysis = CoverageAnalysis.Analyze(Client(), Dates(2027, 1, 25, 2027, 1, 27), pune);

        Assert.Equal([new CoverageGap(Ny(2027, 1, 25, 9), Ny(2027, 1, 25, 17))], analysis.Gaps);
        Assert.Equal([new LocalDate(2027, 1, 25)], analysis.UncoveredDates);
    }
}
