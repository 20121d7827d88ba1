using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class BusinessCalendarBasicsTests
{
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");

    // 2025-07-07 is a Monday.
    private readonly BusinessCalendar _calendar = TestCalendars.NewYork();

    [Fact]
    public void Is_open_during_hours_including_start_excluding_end()
    {
        Assert.False(_calendar.IsOpen(NewYork.At(2025, 7, 7, 8, 59)));
        Assert.True(_calendar.IsOpen(NewYork.At(2025, 7, 7, 9, 0)));
        Assert.True(_calendar.IsOpen(NewYork.At(2025, 7, 7, 16, 59)));
        Assert.False(_calendar.IsOpen(NewYork.At(2025, 7, 7, 17, 0)));
        Assert.False(_calendar.IsOpen(NewYork.At(2025, 7, 12, 12, 0)));
    }

    [Fact]
    public void Next_open_and_next_close()
    {
        var open = NewYork.At(2025, 7, 7, 10, 0);
        Assert.Equal(open, _calendar.NextOpen(open));
        Assert.Equal(NewYork.At(2025, 7, 7, 17, 0), _calendar.NextClose(open));
        var friday = NewYork.At(2025, 7, 11, 18, 0);
        Assert.Equal(NewYork.At(2025, 7, 14, 9, 0), _calendar.NextOpen(friday));
        Assert.Equal(friday, _calendar.NextClose(friday));
    }

    [Fact]
    public void Open_intervals_are_clipped_and_ordered()
    {
        var intervals = _calendar.OpenIntervals(new Interval(NewYork.At(2025, 7, 7, 12, 0), NewYork.At(2025, 7, 9, 10, 0))).ToList();
        Assert.Equal(
            [
                new Interval(NewYork.At(2025, 7, 7, 12, 0), NewYork.At(2025, 7, 7, 17, 0)),
                new Interval(NewYork.At(2025, 7, 8, 9, 0), NewYork.At(2025, 7, 8, 17, 0)),
                new Interval(NewYork.At(2025, 7, 9, 9, 0), NewYork.At(2025, 7, 9, 10, 0)),
            ],
            intervals);
    }

    [Fact]
    public void Add_returns_the_instant_the_amount_has_accrued()
    {
        var monday = NewYork.At(2025, 7, 7, 9, 0);
        Assert.Equal(NewYork.At(2025, 7, 7, 13, 0), _calendar.Add(monday, Duration.FromHours(4)));
        Assert.Equal(NewYork.At(2025, 7, 7, 17, 0), _calendar.Add(monday, Duration.FromHours(8)));
        Assert.Equal(NewYork.At(2025, 7, 8, 9, 1), _calendar.Add(monday, Duration.FromMinutes(481)));
        Assert.Equal(NewYork.At(2025, 7, 14, 11, 0), _calendar.Add(NewYork.At(2025, 7, 11, 15, 0), Duration.FromHours(4)));
        var closed = NewYork.At(2025, 7, 12, 3, 0);
        Assert.Equal(closed, _calendar.Add(closed, Duration.Zero));
    }

    [Fact]
    public void Between_measures_business_time()
    {
        Assert.Equal(Duration.FromHours(40), _calendar.Between(NewYork.At(2025, 7, 7, 0, 0), NewYork.At(2025, 7, 14, 0, 0)));
        Assert.Equal(Duration.FromHours(3), _calendar.Between(NewYork.At(2025, 7, 11, 15, 0), NewYork.At(2025, 7, 14, 10, 0)));
        var t = NewYork.At(2025, 7, 7, 10, 0);
        Assert.Equal(Duration.Zero, _calendar.Between(t, t));
    }

    [Fact]
    public void Holidays_and_overrides_change_a_date()
    {
        var calendar = _calendar
            .WithHoliday(new LocalDate(2025, 7, 4))
            .WithOverride(HoursOverride.Open(new LocalDate(2025, 7, 3), new LocalTime(9, 0), new LocalTime(12, 0)))
            .WithOverride(HoursOverride.Parse("2025-07-05 10:00-14:00"));
        Assert.False(calendar.IsOpen(NewYork.At(2025, 7, 4, 10, 0)));
        Assert.False(calendar.IsOpen(NewYork.At(2025, 7, 3, 13, 0)));
        Assert.True(calendar.IsOpen(NewYork.At(2025, 7, 5, 10, 0)));
        Assert.Equal(Duration.FromHours(3 + 4), calendar.Between(NewYork.At(2025, 7, 3, 0, 0), NewYork.At(2025, 7, 6, 0, 0)));
        Assert.Equal([new LocalDate(2025, 7, 4)], calendar.Holidays);
        Assert.Equal(2, calendar.Overrides.Count);
        Assert.Equal("America/New_York Mon-Fri 09:00-17:00 (1 holiday, 2 overrides)", calendar.ToString());
    }

    [Fact]
    public void An_override_replaces_a_holiday_on_the_same_date()
    {
        var date = new LocalDate(2025, 7, 4);
        var calendar = _calendar.WithHoliday(date).WithOverride(HoursOverride.Open(date, "10:00-12:00"));
        Assert.True(calendar.IsOpen(NewYork.At(2025, 7, 4, 11, 0)));
        Assert.True(calendar.IsBusinessDay(date));
    }

    [Fact]
    public void Always_open_calendar_never_closes()
    {
        var calendar = BusinessCalendar.Create(NewYork, WeeklyHours.AlwaysOpen);
        var t = NewYork.At(2025, 7, 7, 3, 0);
        Assert.Null(calendar.NextClose(t));
        Assert.Equal(t, calendar.NextOpen(t));
        Assert.Equal(t + Duration.FromHours(100), calendar.Add(t, Duration.FromHours(100)));
        Assert.Equal([new Interval(t, t + Duration.FromDays(900))], calendar.OpenIntervals(new Interval(t, t + Duration.FromDays(900))).ToList());
    }

    [Fact]
    public void Closed_hours_with_one_open_override()
    {
        var date = new LocalDate(2025, 7, 5);
        var calendar = BusinessCalendar.Create(NewYork, WeeklyHours.Closed).WithOverride(HoursOverride.Open(date, "10:00-12:00"));
        var before = NewYork.At(2025, 7, 1, 0, 0);
        Assert.Equal(NewYork.At(2025, 7, 5, 10, 0), calendar.NextOpen(before));
        Assert.Null(calendar.NextOpen(NewYork.At(2025, 7, 5, 12, 0)));
        Assert.Equal(NewYork.At(2025, 7, 5, 11, 0), calendar.Add(before, Duration.FromHours(1)));
        var ex = Assert.Throws<InvalidOperationException>(() => calendar.Add(before, Duration.FromHours(3)));
        Assert.Contains("no open time after its last open override", ex.Message);
    }
}
