using KpoSdk.Time;
using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>
/// The calendar precomputes open intervals in blocks of about 417 days and cuts intervals at
/// block boundaries (which fall at arbitrary nanoseconds); callers must never see the cut.
/// </summary>
public class BlockBoundaryTests
{
    private static readonly DateTimeZone Kolkata = TestCalendars.Zone("Asia/Kolkata");

    /// <summary>The first block boundary after 2026-01-01.</summary>
    private static readonly Instant Boundary =
        Positions.ToInstant(Positions.BlockStart(Positions.BlockOf(Positions.Of(Instant.FromUtc(2026, 1, 1, 0, 0))) + 1));

    [Fact]
    public void A_range_across_a_boundary_is_one_open_period()
    {
        // A three-hour range that starts on the whole minute an hour before the boundary.
        var local = Boundary.InZone(Kolkata).LocalDateTime;
        var rangeStart = local.Date.At(new LocalTime(local.Hour, local.Minute)).PlusHours(-1);
        var calendar = BusinessCalendar.Create(Kolkata, WeeklyHours.Closed)
            .WithOverride(HoursOverride.Open(rangeStart.Date, rangeStart.TimeOfDay, rangeStart.TimeOfDay.PlusHours(3)));
        var start = Kolkata.AtStrictly(rangeStart).ToInstant();
        var end = start + Duration.FromHours(3);
        Assert.True(start < Boundary && Boundary < end);

        Assert.Equal([new Interval(start, end)], calendar.OpenIntervals(start - Duration.FromDays(2), end + Duration.FromDays(2)).ToList());
        Assert.Equal(end, calendar.NextClose(start + Duration.FromMinutes(1)));
        Assert.Equal(start, calendar.NextOpen(start - Duration.FromDays(1)));
        Assert.Equal(Duration.FromHours(3), calendar.Between(start - Duration.FromDays(1), end + Duration.FromDays(1)));
        Assert.Equal(Duration.FromHours(2), calendar.Between(start + Duration.FromMinutes(30), end - Duration.FromMinutes(30)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(3)));
        Assert.Equal(Boundary, calendar.Add(start, Boundary - start));
        Assert.True(calendar.IsOpen(Boundary - Duration.Epsilon));
        Assert.True(calendar.IsOpen(Boundary));
    }

    [Fact]
    public void An_always_open_calendar_stays_one_interval_over_many_blocks()
    {
        var calendar = BusinessCalendar.Create(Kolkata, WeeklyHours.AlwaysOpen)
            .WithHoliday(new LocalDate(2031, 3, 3));
        var from = Instant.FromUtc(2026, 1, 1, 0, 0);
        var holiday = Kolkata.AtStartOfDay(new LocalDate(2031, 3, 3)).ToInstant();
        Assert.Equal(holiday, calendar.NextClose(from));
        Assert.Equal(
            [new Interval(from, holiday), new Interval(holiday + Duration.FromDays(1), Instant.FromUtc(2032, 1, 1, 0, 0))],
            calendar.OpenIntervals(from, Instant.FromUtc(2032, 1, 1, 0, 0)).ToList());
        Assert.Equal((Instant.FromUtc(2032, 1, 1, 0, 0) - from) - Duration.FromDays(1), calendar.Between(from, Instant.FromUtc(2032, 1, 1, 0, 0)));
        Assert.Null(calendar.NextClose(holiday + Duration.FromDays(2)));
    }
}
