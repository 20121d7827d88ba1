using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Sla.SlaTestTimes;

namespace KpoSdk.Tests.Sla;

/// <summary>Clocks whose spans reach past a long of nanoseconds (292 years) or start at the edge of the calendar range.</summary>
public class SlaLongSpanTests
{
    private static readonly Instant Start = Ny(2026, 3, 2, 9);

    // The warning check multiplied durations as longs of nanoseconds and threw OverflowException.
    [Fact]
    public void A_calendar_clock_asked_centuries_later_is_breached_with_its_warnings_reached()
    {
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.FirstResponse, Duration.FromHours(4)).WithWarnings(50, 90);

        var status = SlaClock.Start(target, Start).StatusAt(Start + Duration.FromDays(400 * 365));

        Assert.True(status.Breached);
        Assert.Equal(90, status.Warning);
        Assert.Equal(Duration.FromDays(400 * 365), status.Elapsed);
    }

    [Fact]
    public void A_target_of_centuries_reaches_its_warnings_by_exact_arithmetic()
    {
        var budget = Duration.FromDays(400 * 365);
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.Resolution, budget).WithWarnings(50);
        var clock = SlaClock.Start(target, Start);

        Assert.Null(clock.StatusAt(Start + (budget / 2) - Duration.Epsilon).Warning);
        Assert.Equal(50, clock.StatusAt(Start + (budget / 2)).Warning);
    }

    // The business-day deadline counted from the start's local date, 1899-12-31 in New York,
    // and failed on it with an ArgumentOutOfRangeException.
    [Fact]
    public void A_business_day_clock_can_start_in_the_first_hours_of_the_range()
    {
        var target = ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, Period.FromDays(1), Office);
        var start = BusinessCalendar.MinInstant + Duration.FromHours(2);

        var status = SlaClock.Start(target, start).StatusAt(start + Duration.FromDays(3));

        Assert.Equal(Duration.FromHours(8), status.Budget);
        Assert.Equal(Instant.FromUtc(1900, 1, 1, 22, 0), status.Deadline);
    }
}
