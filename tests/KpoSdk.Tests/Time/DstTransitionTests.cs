using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>Named cases of the three rules at DST transitions; each first checks the tzdb facts it relies on.</summary>
public class DstTransitionTests
{
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");
    private static readonly DateTimeZone LordHowe = TestCalendars.Zone("Australia/Lord_Howe");

    [Fact]
    public void A_range_starting_inside_a_gap_opens_at_the_first_instant_after_it()
    {
        // 2025-03-09 in New York: 02:00 EST jumps to 03:00 EDT, so 02:30 never happens.
        Assert.Equal(0, NewYork.MapLocal(new LocalDateTime(2025, 3, 9, 2, 30)).Count);
        var calendar = TestCalendars.NewYork("Sun 02:30-05:00");
        var opens = Instant.FromUtc(2025, 3, 9, 7, 0); // 03:00 EDT
        Assert.Equal(opens, calendar.NextOpen(Instant.FromUtc(2025, 3, 9, 0, 0)));
        Assert.False(calendar.IsOpen(opens - Duration.Epsilon));
        Assert.Equal(Duration.FromHours(2), calendar.Between(opens - Duration.FromHours(5), opens + Duration.FromHours(5)));
    }

    [Fact]
    public void A_range_entirely_inside_a_gap_is_empty()
    {
        var calendar = TestCalendars.NewYork("Sun 02:10-02:50");
        var day = new Interval(Instant.FromUtc(2025, 3, 9, 0, 0), Instant.FromUtc(2025, 3, 10, 0, 0));
        Assert.Empty(calendar.OpenIntervals(day));
        Assert.Equal(Duration.FromMinutes(40), calendar.Between(Instant.FromUtc(2025, 3, 16, 0, 0), Instant.FromUtc(2025, 3, 17, 0, 0)));
    }

    [Fact]
    public void A_night_shift_across_fall_back_lasts_nine_hours()
    {
        // 2025-11-02 in New York: 01:00-02:00 happens twice (EDT, then EST).
        Assert.Equal(2, NewYork.MapLocal(new LocalDateTime(2025, 11, 2, 1, 30)).Count);
        var calendar = TestCalendars.NewYork("Sat 22:00-06:00");
        var start = Instant.FromUtc(2025, 11, 2, 2, 0);  // Sat 22:00 EDT
        var end = Instant.FromUtc(2025, 11, 2, 11, 0);   // Sun 06:00 EST
        Assert.Equal([new Interval(start, end)], calendar.OpenIntervals(start - Duration.FromDays(1), end + Duration.FromDays(1)).ToList());
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(9)));
        Assert.Equal(end, calendar.NextClose(start));
    }

    [Fact]
    public void A_night_shift_across_spring_forward_lasts_seven_hours()
    {
        var calendar = TestCalendars.NewYork("Sat 22:00-06:00");
        var start = Instant.FromUtc(2025, 3, 9, 3, 0);  // Sat 22:00 EST
        var end = Instant.FromUtc(2025, 3, 9, 10, 0);   // Sun 06:00 EDT
        Assert.Equal(Duration.FromHours(7), calendar.Between(start - Duration.FromDays(1), end + Duration.FromDays(1)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(7)));
    }

    [Fact]
    public void Ambiguous_starts_take_the_earlier_and_ambiguous_ends_the_later_occurrence()
    {
        var endsTwice = TestCalendars.NewYork("Sun 00:30-01:30");
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 11, 2, 4, 30), Instant.FromUtc(2025, 11, 2, 6, 30))],
            endsTwice.OpenIntervals(Instant.FromUtc(2025, 11, 2, 0, 0), Instant.FromUtc(2025, 11, 3, 0, 0)).ToList());
        var startsTwice = TestCalendars.NewYork("Sun 01:30-03:00");
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 11, 2, 5, 30), Instant.FromUtc(2025, 11, 2, 8, 0))],
            startsTwice.OpenIntervals(Instant.FromUtc(2025, 11, 2, 0, 0), Instant.FromUtc(2025, 11, 3, 0, 0)).ToList());
    }

    [Fact]
    public void A_holiday_on_the_start_date_of_a_night_shift_closes_it_and_keeps_the_previous_tail()
    {
        // Mon 2025-07-07 .. Fri: night shifts 22:00-06:00; Tuesday is a holiday.
        var calendar = TestCalendars.NewYork("Mon-Fri 22:00-06:00").WithHoliday(new LocalDate(2025, 7, 8));
        Assert.True(calendar.IsOpen(NewYork.At(2025, 7, 8, 3, 0)), "Monday's shift runs into the holiday");
        Assert.Equal(NewYork.At(2025, 7, 8, 6, 0), calendar.NextClose(NewYork.At(2025, 7, 8, 3, 0)));
        Assert.False(calendar.IsOpen(NewYork.At(2025, 7, 8, 23, 0)), "the holiday's own shift is closed");
        Assert.False(calendar.IsOpen(NewYork.At(2025, 7, 9, 3, 0)), "including its after-midnight tail");
        Assert.True(calendar.IsOpen(NewYork.At(2025, 7, 9, 22, 0)));
        Assert.Equal(NewYork.At(2025, 7, 9, 22, 0), calendar.NextOpen(NewYork.At(2025, 7, 8, 6, 0)));
        Assert.False(calendar.IsBusinessDay(new LocalDate(2025, 7, 8)));
    }

    [Fact]
    public void Lord_Howe_shifts_by_thirty_minutes()
    {
        // 2025-10-05: 02:00 +10:30 becomes 02:30 +11; 2026-04-05: 02:00 +11 becomes 01:30 +10:30.
        Assert.Equal(Offset.FromHoursAndMinutes(10, 30), LordHowe.GetUtcOffset(Instant.FromUtc(2025, 10, 4, 12, 0)));
        Assert.Equal(Offset.FromHours(11), LordHowe.GetUtcOffset(Instant.FromUtc(2025, 10, 5, 12, 0)));
        var always = BusinessCalendar.Create(LordHowe, WeeklyHours.AlwaysOpen);
        var sundays = BusinessCalendar.Create(LordHowe, WeeklyHours.Parse("Sun 00:00-24:00"));
        var springDay = new LocalDate(2025, 10, 5);
        var fallDay = new LocalDate(2026, 4, 5);
        Assert.Equal(Duration.FromMinutes(23 * 60 + 30), sundays.Between(StartOf(LordHowe, springDay), StartOf(LordHowe, springDay.PlusDays(1))));
        Assert.Equal(Duration.FromMinutes(24 * 60 + 30), sundays.Between(StartOf(LordHowe, fallDay), StartOf(LordHowe, fallDay.PlusDays(1))));
        Assert.Equal(Duration.FromMinutes(24 * 60 + 30), always.Between(StartOf(LordHowe, fallDay), StartOf(LordHowe, fallDay.PlusDays(1))));

        var gap = BusinessCalendar.Create(LordHowe, WeeklyHours.Parse("Sun 02:15-03:00"));
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 10, 4, 15, 30), Instant.FromUtc(2025, 10, 4, 16, 0))],
            gap.OpenIntervals(Instant.FromUtc(2025, 10, 4, 0, 0), Instant.FromUtc(2025, 10, 5, 0, 0)).ToList());
    }

    [Fact]
    public void Cairo_transitions_at_midnight()
    {
        var cairo = TestCalendars.Zone("Africa/Cairo");

        // 2025-04-25 (Friday): 00:00 EET jumps to 01:00 EEST, so midnight never happens.
        Assert.Equal(0, cairo.MapLocal(new LocalDateTime(2025, 4, 25, 0, 0)).Count);
        var fridays = BusinessCalendar.Create(cairo, WeeklyHours.Parse("Fri 00:00-08:00"));
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 4, 24, 22, 0), Instant.FromUtc(2025, 4, 25, 5, 0))],
            fridays.OpenIntervals(Instant.FromUtc(2025, 4, 24, 0, 0), Instant.FromUtc(2025, 4, 26, 0, 0)).ToList());

        // 2025-10-30 (Thursday): at 24:00 EEST the clock goes back to 23:00 EET, so 23:00-24:00 happens twice.
        Assert.Equal(2, cairo.MapLocal(new LocalDateTime(2025, 10, 30, 23, 30)).Count);
        var thursdays = BusinessCalendar.Create(cairo, WeeklyHours.Parse("Thu 22:00-24:00"));
        Assert.Equal(
            Duration.FromHours(3),
            thursdays.Between(Instant.FromUtc(2025, 10, 30, 0, 0), Instant.FromUtc(2025, 10, 31, 12, 0)));
        var lateHour = BusinessCalendar.Create(cairo, WeeklyHours.Parse("Thu 23:30-23:45"));
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 10, 30, 20, 30), Instant.FromUtc(2025, 10, 30, 21, 45))],
            lateHour.OpenIntervals(Instant.FromUtc(2025, 10, 30, 0, 0), Instant.FromUtc(2025, 10, 31, 12, 0)).ToList());
    }

    [Fact]
    public void Santiago_transitions_at_midnight()
    {
        var santiago = TestCalendars.Zone("America/Santiago");

        // 2025-09-07 (Sunday): 00:00 -04 jumps to 01:00 -03.
        Assert.Equal(0, santiago.MapLocal(new LocalDateTime(2025, 9, 7, 0, 0)).Count);
        var sundays = BusinessCalendar.Create(santiago, WeeklyHours.Parse("Sun 00:00-06:00"));
        Assert.Equal(Duration.FromHours(5), sundays.Between(Instant.FromUtc(2025, 9, 6, 0, 0), Instant.FromUtc(2025, 9, 8, 0, 0)));
        Assert.Equal(Instant.FromUtc(2025, 9, 7, 4, 0), sundays.NextOpen(Instant.FromUtc(2025, 9, 6, 12, 0)));

        // 2025-04-06 (Sunday): at 24:00 -03 on Saturday the clock goes back to 23:00 -04.
        Assert.Equal(2, santiago.MapLocal(new LocalDateTime(2025, 4, 5, 23, 30)).Count);
        var saturdayNight = BusinessCalendar.Create(santiago, WeeklyHours.Parse("Sat 22:00-02:00"));
        Assert.Equal(
            [new Interval(Instant.FromUtc(2025, 4, 6, 1, 0), Instant.FromUtc(2025, 4, 6, 6, 0))],
            saturdayNight.OpenIntervals(Instant.FromUtc(2025, 4, 5, 12, 0), Instant.FromUtc(2025, 4, 6, 12, 0)).ToList());
    }

    [Fact]
    public void Kathmandu_quarter_hour_offset()
    {
        var kathmandu = TestCalendars.Zone("Asia/Kathmandu");
        var calendar = BusinessCalendar.Create(kathmandu, WeeklyHours.Parse("Mon-Fri 09:00-18:00"));
        var opens = Instant.FromUtc(2025, 7, 7, 3, 15); // 09:00 +05:45
        Assert.Equal(opens, calendar.NextOpen(Instant.FromUtc(2025, 7, 7, 0, 0)));
        Assert.Equal(opens + Duration.FromHours(4), calendar.Add(opens, Duration.FromHours(4)));
    }

    private static Instant StartOf(DateTimeZone zone, LocalDate date) => zone.AtStartOfDay(date).ToInstant();
}
