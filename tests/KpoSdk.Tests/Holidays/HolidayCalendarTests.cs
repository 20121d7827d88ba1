using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Holidays;

public class HolidayCalendarTests
{
    private static readonly HolidayCalendar UsOffice = LoadUsOffice();

    private static HolidayCalendar LoadUsOffice()
    {
        using var stream = Fixtures.Open("us-office.ics");
        return HolidayCalendar.FromICalendar(stream);
    }

    private static DateInterval Dates(string start, string end) =>
        new(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_year_of_the_fixture_has_the_recurring_the_moved_and_the_multi_day_holidays_and_nothing_else()
    {
        var dates = UsOffice.Between(Dates("2027-01-01", "2027-12-31"));

        Assert.Equal(
            [
                D(2027, 1, 1),                    // yearly New Year's Day
                D(2027, 7, 5),                    // Independence Day moved by RECURRENCE-ID from Sunday 07-04
                D(2027, 11, 25), D(2027, 11, 26), // fourth Thursday of November, DURATION:P2D
                D(2027, 12, 24), D(2027, 12, 25), D(2027, 12, 26), // DTEND 20271227 is exclusive
            ],
            dates);
    }

    [Fact]
    public void Exdate_removes_one_occurrence_of_a_yearly_rule_and_the_substitute_day_stays()
    {
        var dates = UsOffice.Between(Dates("2021-12-01", "2022-01-31"));

        Assert.Equal([D(2021, 12, 31)], dates);
        Assert.Equal([D(2023, 1, 1)], UsOffice.Between(Dates("2023-01-01", "2023-01-31")));
    }

    [Fact]
    public void Yearly_rules_recur_without_end_and_by_weekday()
    {
        var dates = UsOffice.Between(Dates("2040-01-01", "2040-12-31"));

        Assert.Equal([D(2040, 1, 1), D(2040, 7, 4), D(2040, 11, 22), D(2040, 11, 23)], dates);
    }

    [Fact]
    public void A_multi_day_event_is_clipped_to_the_interval_also_when_it_began_before_it()
    {
        Assert.Equal([D(2027, 12, 25)], UsOffice.Between(Dates("2027-12-25", "2027-12-25")));
        Assert.Equal([D(2027, 12, 26)], UsOffice.Between(Dates("2027-12-26", "2027-12-30")));
        Assert.Equal([D(2027, 11, 26)], UsOffice.Between(Dates("2027-11-26", "2027-11-26")));
    }

    [Fact]
    public void Occurrences_carry_the_unfolded_summary_per_day()
    {
        var holidays = UsOffice.Occurrences(Dates("2027-11-01", "2027-11-30"));

        Assert.Equal(
            [new Holiday(D(2027, 11, 25), "Thanksgiving and the day after"), new Holiday(D(2027, 11, 26), "Thanksgiving and the day after")],
            holidays);
        Assert.Equal("2027-11-25 Thanksgiving and the day after", holidays[0].ToString());
        Assert.Equal("Independence Day (observed)", Assert.Single(UsOffice.Occurrences(Dates("2027-07-01", "2027-07-31"))).Name);
    }

    [Fact]
    public void Timed_and_cancelled_events_are_listed_as_ignored_with_their_lines()
    {
        Assert.Equal(6, UsOffice.AllDayEventCount);
        Assert.Collection(
            UsOffice.IgnoredEvents,
            timed => Assert.Equal("line 74: VEVENT 'Half day' starts at a time ('DTSTART;TZID=America/New_York:20271231T130000'); only all-day events are holidays.", timed),
            cancelled => Assert.Equal("line 81: VEVENT 'Offsite (cancelled)' is STATUS:CANCELLED.", cancelled));
        Assert.Empty(UsOffice.Between(Dates("2027-12-31", "2027-12-31")));
        Assert.Empty(UsOffice.Between(Dates("2027-03-15", "2027-03-15")));
        Assert.Empty(UsOffice.Between(Dates("2027-06-01", "2027-06-01")));
    }

    [Fact]
    public void String_reader_and_stream_give_the_same_holidays()
    {
        var year = Dates("2027-01-01", "2027-12-31");
        string text = Fixtures.Text("us-office.ics");

        Assert.Equal(UsOffice.Between(year), HolidayCalendar.FromICalendar(text).Between(year));
        Assert.Equal(UsOffice.Between(year), HolidayCalendar.FromICalendar(new StringReader(text)).Between(year));
        Assert.Equal(UsOffice.Between(year), HolidayCalendar.FromICalendar("\uFEFF" + text.Replace("\r\n", "\n")).Between(year));
    }

    [Fact]
    public void A_date_without_value_parameter_and_a_missing_dtend_make_a_one_day_holiday()
    {
        var holidays = HolidayCalendar.FromICalendar(Fixtures.Calendar("BEGIN:VEVENT\nDTSTART:20270502\nSUMMARY:Plain\nEND:VEVENT\n"));

        Assert.Equal([D(2027, 5, 2)], holidays.Between(Dates("2027-01-01", "2027-12-31")));
    }

    [Fact]
    public void A_dtend_equal_to_dtstart_is_read_as_one_day()
    {
        var holidays = HolidayCalendar.FromICalendar(Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270502\nDTEND;VALUE=DATE:20270502\nEND:VEVENT\n"));

        Assert.Equal([D(2027, 5, 2)], holidays.Between(Dates("2027-05-01", "2027-05-31")));
    }

    [Fact]
    public void Rdate_and_a_cancelled_instance_of_a_rule_are_honoured()
    {
        var holidays = HolidayCalendar.FromICalendar(Fixtures.Calendar("""
            BEGIN:VEVENT
            UID:r@kposdk.test
            DTSTART;VALUE=DATE:20270301
            RRULE:FREQ=MONTHLY;COUNT=4
            RDATE;VALUE=DATE:20270815
            SUMMARY:Close
            END:VEVENT
            BEGIN:VEVENT
            UID:r@kposdk.test
            RECURRENCE-ID;VALUE=DATE:20270401
            DTSTART;VALUE=DATE:20270401
            STATUS:CANCELLED
            END:VEVENT

            """.Replace("\r\n", "\n")));

        Assert.Equal([D(2027, 3, 1), D(2027, 5, 1), D(2027, 6, 1), D(2027, 8, 15)], holidays.Between(Dates("2027-01-01", "2027-12-31")));
    }

    [Fact]
    public void Expansion_is_safe_from_several_threads()
    {
        var year = Dates("2030-01-01", "2030-12-31");
        var expected = UsOffice.Between(year);
        var results = new IReadOnlyList<LocalDate>[8];

        Parallel.For(0, results.Length, i => results[i] = UsOffice.Between(year));

        Assert.All(results, result => Assert.Equal(expected, result));
        Assert.Equal(4, expected.Count);
    }

    [Fact]
    public void Null_arguments_are_rejected_by_name()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FromICalendar((string)null!)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FromICalendar((Stream)null!)).ParamName);
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => HolidayCalendar.FromICalendar((TextReader)null!)).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => UsOffice.Between(null!)).ParamName);
    }
}
