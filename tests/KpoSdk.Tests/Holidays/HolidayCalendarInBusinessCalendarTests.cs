using CsCheck;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Holidays;

/// <summary>A business calendar given a holiday calendar behaves as if given the same dates as a list, and says when it cannot know.</summary>
public class HolidayCalendarInBusinessCalendarTests
{
    private static readonly DateTimeZone Kolkata = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    private static BusinessCalendar Pune() =>
        BusinessCalendar.Create(Kolkata, WeeklyHours.Parse("Mon-Fri 18:30-03:30")).WithHolidays(HolidayCalendar.For(Jurisdiction.Parse("IN-MH")));

    private static Instant Ist(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Kolkata).ToInstant();

    [Fact]
    public void Built_in_holidays_give_the_same_answers_as_their_dates_as_a_list()
    {
        var holidays = HolidayCalendar.For(Jurisdiction.Parse("US-NY"));
        var lazy = BusinessCalendar.Create("America/New_York", "Mon-Fri 08:00-18:00; Sat 10:00-14:00").WithHolidays(holidays);
        var listed = lazy.WithoutHolidays().WithHolidays(holidays.Between(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2031, 12, 31))));
        var start = Instant.FromUtc(2020, 1, 1, 0, 0).ToUnixTimeTicks();
        var span = Instant.FromUtc(2030, 1, 1, 0, 0).ToUnixTimeTicks() - start;

        Gen.Select(Gen.Long[0, span], Gen.Long[0, 400L * NodaConstants.TicksPerHour]).Sample(
            (offset, amount) =>
            {
                var t = Instant.FromUnixTimeTicks(start + offset);
                var d = Duration.FromTicks(amount);
                Assert.Equal(listed.IsOpen(t), lazy.IsOpen(t));
                Assert.Equal(listed.NextOpen(t), lazy.NextOpen(t));
                Assert.Equal(listed.Add(t, d), lazy.Add(t, d));
                Assert.Equal(listed.Between(t, t + d), lazy.Between(t, t + d));
                var date = t.InUtc().Date;
                Assert.Equal(listed.IsBusinessDay(date), lazy.IsBusinessDay(date));
            },
            iter: 300);
    }

    [Fact]
    public void Diwali_closes_the_Pune_night_shift_and_the_last_night_of_the_known_year_still_counts()
    {
        var pune = Pune();

        // Tuesday 10 November 2026 (Diwali Bali Pratipada) is closed; Monday's shift runs to 03:30 on Tuesday.
        Assert.False(pune.IsOpen(Ist(2026, 11, 10, 20)));
        Assert.True(pune.IsOpen(Ist(2026, 11, 10, 2)));
        Assert.False(pune.IsBusinessDay(new LocalDate(2026, 11, 10)));

        // Thursday 31 December 2026's shift ends at 03:30 on 1 January 2027, a date whose holidays are not known:
        // the tail belongs to 31 December, so it is known; the shift of 1 January 2027 is not.
        Assert.True(pune.IsOpen(Ist(2027, 1, 1, 2)));
        Assert.Equal(Duration.FromHours(9), pune.Between(Ist(2026, 12, 31, 18, 30), Ist(2027, 1, 1, 12)));
        Assert.Equal(Ist(2027, 1, 1, 3, 30), pune.Add(Ist(2026, 12, 31, 18, 30), Duration.FromHours(9)));
        Assert.Equal(Ist(2027, 1, 1, 3, 30), pune.NextClose(Ist(2027, 1, 1, 1)));
    }

    [Fact]
    public void Every_query_that_needs_an_unknown_holiday_throws()
    {
        var pune = Pune();
        var error = Assert.Throws<HolidayDataUnavailableException>(() => pune.Add(Ist(2026, 12, 31, 18, 30), Duration.FromHours(10)));
        Assert.Contains("Add from ", error.Message, StringComparison.Ordinal);
        Assert.Contains("depends on the holidays of", error.Message, StringComparison.Ordinal);
        Assert.Contains("in Asia/Kolkata", error.Message, StringComparison.Ordinal);
        Assert.Contains("Diwali", error.Message, StringComparison.Ordinal);
        Assert.Equal(Jurisdiction.Parse("IN-MH"), error.Jurisdiction);

        Assert.Throws<HolidayDataUnavailableException>(() => pune.Between(Ist(2026, 12, 30, 0), Ist(2027, 1, 2, 0)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.IsOpen(Ist(2027, 1, 1, 19)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.NextOpen(Ist(2027, 1, 1, 4)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.OpenIntervals(Ist(2026, 12, 1, 0), Ist(2027, 2, 1, 0)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.IsBusinessDay(new LocalDate(2027, 1, 4)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.AddBusinessDays(new LocalDate(2026, 12, 30), 3));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.Add(Ist(2026, 12, 30, 12), Period.FromDays(3)));

        // Before the first known date: 2025's holidays of Maharashtra were not compiled.
        Assert.Throws<HolidayDataUnavailableException>(() => pune.IsOpen(Ist(2025, 12, 31, 20)));
        Assert.Throws<HolidayDataUnavailableException>(() => pune.IsOpen(Ist(2026, 1, 1, 2)));
        Assert.False(pune.IsOpen(Ist(2026, 1, 1, 4)));
    }

    [Fact]
    public void Omitting_unknown_holidays_answers_beyond_the_known_dates()
    {
        var pune = BusinessCalendar.Create(Kolkata, WeeklyHours.Parse("Mon-Fri 18:30-03:30"))
            .WithHolidays(HolidayCalendar.For(Jurisdiction.Parse("IN-MH")).WithUnknownHolidays(UnknownHolidays.Omit));
        Assert.True(pune.IsOpen(Ist(2027, 11, 1, 19)));
        Assert.False(pune.IsOpen(Ist(2027, 1, 26, 19))); // Republic Day, fixed by law
        Assert.Equal(Duration.FromHours(45), pune.Between(Ist(2027, 3, 1, 0), Ist(2027, 3, 6, 12)));
    }

    [Fact]
    public void Holiday_calendars_combine_and_are_dropped_with_the_holidays()
    {
        var both = BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00")
            .WithHolidays(HolidayCalendar.For(Country.US))
            .WithHolidays(HolidayCalendar.Empty.With(new LocalDate(2026, 8, 14), "Company day"));
        Assert.False(both.IsBusinessDay(new LocalDate(2026, 8, 14)));
        Assert.False(both.IsBusinessDay(new LocalDate(2026, 7, 3)));
        Assert.StartsWith("America/New_York Mon-Fri 09:00-17:00 (US public holidays + no holidays, + 1 day; 0 holidays, 0 overrides)", both.ToString(), StringComparison.Ordinal);
        Assert.Null(both.WithoutHolidays().HolidayCalendar);
        Assert.True(both.WithoutHolidays().IsBusinessDay(new LocalDate(2026, 8, 14)));
        Assert.Throws<ArgumentNullException>(() => both.WithHolidays((HolidayCalendar)null!));
        Assert.Same(both.HolidayCalendar, both.WithZone(Kolkata).HolidayCalendar);
    }

    [Fact]
    public void A_round_the_clock_calendar_with_holidays_closes_on_them()
    {
        var always = BusinessCalendar.Create("Europe/London", "24x7").WithHolidays(HolidayCalendar.For(Jurisdiction.Parse("GB-ENG")));
        Assert.Equal(Instant.FromUtc(2026, 12, 25, 0, 0), always.NextClose(Instant.FromUtc(2026, 12, 20, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 12, 27, 0, 0), always.NextOpen(Instant.FromUtc(2026, 12, 25, 12, 0)));
    }
}
