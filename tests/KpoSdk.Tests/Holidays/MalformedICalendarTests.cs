using KpoSdk.Time;

namespace KpoSdk.Tests.Holidays;

public class MalformedICalendarTests
{
    private const string Event = "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nEND:VEVENT\n";

    public static TheoryData<string, string, int?, string> Cases => new()
    {
        { "garbage line", Fixtures.Calendar("this is not a property\n" + Event), 3, "cannot read 'this is not a property': expected a property name" },
        { "unclosed quote", Fixtures.Calendar("X-NAME;PARAM=\"open:value\n" + Event), 3, "quoted parameter value is not closed" },
        { "missing END:VEVENT", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nEND:VCALENDAR\n", 4, "'END:VCALENDAR' does not close VEVENT, opened on line 2; expected 'END:VEVENT'" },
        { "wrong END", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nEND:VTODO\n"), 5, "'END:VTODO' does not close VEVENT, opened on line 3" },
        { "missing END:VCALENDAR", "BEGIN:VCALENDAR\n" + Event, 1, "VCALENDAR opened here is never closed" },
        { "empty", "\r\n\r\n", null, "empty" },
        { "not a calendar", "BEGIN:VEVENT\nEND:VEVENT\n", 1, "expected 'BEGIN:VCALENDAR' as the first line, found 'BEGIN:VEVENT'" },
        { "two calendars", Fixtures.Calendar(Event) + Fixtures.Calendar(Event), 7, "'BEGIN:VCALENDAR' follows the end of the calendar (END:VCALENDAR on line 6)" },
        { "no DTSTART", Fixtures.Calendar("BEGIN:VEVENT\nSUMMARY:Lost\nEND:VEVENT\n"), 3, "the VEVENT 'Lost' that begins here has no DTSTART" },
        { "two DTSTARTs", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDTSTART;VALUE=DATE:20270102\nEND:VEVENT\n"), 5, "a second DTSTART (the first is on line 4)" },
        { "hyphenated date", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:2020-12-25\nEND:VEVENT\n"), 4, "DTSTART value '2020-12-25' is not a DATE (YYYYMMDD, e.g. 20271225), as VALUE=DATE says" },
        { "30 February", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART:20270230\nEND:VEVENT\n"), 4, "DTSTART value '20270230' is not a DATE (YYYYMMDD, e.g. 20271225) or a DATE-TIME" },
        { "hour 25", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART:20270201T250000Z\nEND:VEVENT\n"), 4, "'20270201T250000Z' is not" },
        { "bad EXDATE", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=YEARLY\nEXDATE;VALUE=DATE:20210101,2022xx01\nEND:VEVENT\n"), 6, "EXDATE value '2022xx01' is not" },
        { "bad DURATION", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nDURATION:3 days\nEND:VEVENT\n"), 5, "DURATION '3 days' is not an RFC 5545 duration" },
        { "timed DURATION on all-day", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nDURATION:PT24H\nEND:VEVENT\n"), 5, "must be a whole number of days or weeks" },
        { "DTEND with time on all-day", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nDTEND:20200102T000000Z\nEND:VEVENT\n"), 5, "has a time, but DTSTART (line 4) is a date" },
        { "DTEND before DTSTART", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200105\nDTEND;VALUE=DATE:20200101\nEND:VEVENT\n"), 5, "DTEND 20200101 is before DTSTART 20200105 (line 4)" },
        { "DTEND and DURATION", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200105\nDTEND;VALUE=DATE:20200106\nDURATION:P1D\nEND:VEVENT\n"), 6, "both DTEND (line 5) and DURATION" },
        { "unknown FREQ", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=SOMETIMES\nEND:VEVENT\n"), 5, "RRULE 'FREQ=SOMETIMES' is not a valid recurrence rule" },
        { "BYMONTH 13", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=YEARLY;BYMONTH=13\nEND:VEVENT\n"), 5, "BYMONTH value 13 is out of range" },
        { "bad RDATE period", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nRDATE;VALUE=PERIOD:20200301T090000Z\nEND:VEVENT\n"), 5, "RDATE period '20200301T090000Z' is not START/END or START/DURATION" },
        // These once escaped Ical.Net as ArgumentException, InvalidOperationException or OverflowException.
        { "unknown TZID", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;TZID=Nowhere/Land:20270101T090000\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"), 4, "DTSTART names the time zone 'Nowhere/Land', which no VTIMEZONE of the file defines" },
        { "timed start, all-day end", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;TZID=America/New_York:20271225T090000\nDTEND;VALUE=DATE:20271226\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"), 5, "'DTEND;VALUE=DATE:20271226' is a date, but DTSTART (line 4) has a time" },
        { "DURATION of 99999999 days", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDURATION:P99999999D\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"), 5, "lasts 99999999 days ('DURATION:P99999999D'); a holiday lasts at most 366 days" },
        { "COUNT beyond Int32", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nRRULE:FREQ=YEARLY;COUNT=99999999999\nEND:VEVENT\n"), 5, "is not a valid recurrence rule" },
        { "rule that never matches", Fixtures.Calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20200101\nSUMMARY:Never\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\nEND:VEVENT\n"), 6, "the recurrence of VEVENT 'Never' ('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30') produces no date in 400 consecutive years" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Malformed_text_is_an_ICalendarFormatException_quoting_the_problem_and_its_line(string name, string text, int? line, string fragment)
    {
        var error = Assert.Throws<ICalendarFormatException>(() => HolidayCalendar.FromICalendar(text));

        Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), $"{name}: message was: {error.Message}");
        Assert.Equal(line, error.LineNumber);
        if (line is { } number)
        {
            Assert.StartsWith($"iCalendar line {number}: ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_malformed_fixture_names_its_line_12()
    {
        using var stream = Fixtures.Open("malformed-dtend.ics");

        var error = Assert.Throws<ICalendarFormatException>(() => HolidayCalendar.FromICalendar(stream));

        Assert.Equal(12, error.LineNumber);
        Assert.Equal("iCalendar line 12: DTEND value '2027-05-03' is not a DATE (YYYYMMDD, e.g. 20271225), as VALUE=DATE says.", error.Message);
    }
}
