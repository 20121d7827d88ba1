using System.Text;
using KpoSdk.Tests.Holidays;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problem 10: FromICalendar and Occurrences hung (over 5 s, unbounded) on EXRULE, on
/// sub-daily rules, on 20,000 EXDATEs, on a SUMMARY folded over 20,000 lines and on 10,000 events,
/// and threw ArgumentOutOfRangeException/OverflowException near the ends of LocalDate.
/// </summary>
public sealed class Problem10ICalendarTests
{
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    private static string Event(string lines) => "BEGIN:VEVENT\nUID:e@kposdk.test\nSUMMARY:Closed\n" + lines + "END:VEVENT\n";

    private static HolidayCalendar Load(string body) => Bounded.Run(() => HolidayCalendar.FromICalendar(Fixtures.Calendar(body)));

    private static IReadOnlyList<LocalDate> Dates(HolidayCalendar calendar, DateInterval dates) => Bounded.Run(() => calendar.Between(dates));

    [Fact]
    public void Problem10_an_EXRULE_that_excludes_every_day_leaves_nothing_and_returns()
    {
        var calendar = Load(Event("DTSTART;VALUE=DATE:20250101\nRRULE:FREQ=YEARLY\nEXRULE:FREQ=DAILY\n"));

        Assert.Empty(Dates(calendar, Year2025));
        Assert.Empty(Dates(calendar, new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2149, 12, 31))));
    }

    [Fact]
    public void Problem10_an_EXRULE_removes_its_dates_and_keeps_the_others()
    {
        var calendar = Load(Event("DTSTART;VALUE=DATE:20250106\nRRULE:FREQ=DAILY;COUNT=14\nEXRULE:FREQ=WEEKLY;BYDAY=SA,SU\n"));

        var dates = Dates(calendar, Year2025);

        Assert.Equal(10, dates.Count);
        Assert.All(dates, d => Assert.True(d.DayOfWeek < IsoDayOfWeek.Saturday));
    }

    [Theory]
    [InlineData("FREQ=SECONDLY;COUNT=2000000000")]
    [InlineData("FREQ=MINUTELY")]
    [InlineData("FREQ=HOURLY;COUNT=99999")]
    public void Problem10_a_timed_event_with_a_sub_daily_rule_is_ignored_without_being_expanded(string rule)
    {
        var calendar = Load(Event($"DTSTART:20250101T000000Z\nRRULE:{rule}\n"));

        Assert.Equal(0, calendar.AllDayEventCount);
        Assert.Single(calendar.IgnoredEvents);
        Assert.Empty(Dates(calendar, Year2025));
    }

    [Theory]
    [InlineData("RRULE:FREQ=SECONDLY", "recurs SECONDLY")]
    [InlineData("RRULE:FREQ=MINUTELY;COUNT=2000000000", "recurs MINUTELY")]
    [InlineData("EXRULE:FREQ=HOURLY", "recurs HOURLY")]
    [InlineData("RRULE:FREQ=DAILY;BYHOUR=9", "BYHOUR, BYMINUTE or BYSECOND")]
    [InlineData("RRULE:FREQ=DAILY;COUNT=2000000000", "COUNT=2000000000; expected 1 to 100000")]
    public void Problem10_an_all_day_rule_finer_than_a_day_or_too_long_is_an_error_at_its_line(string rule, string fragment)
    {
        var error = Bounded.Throws<ICalendarFormatException>(() => HolidayCalendar.FromICalendar(Fixtures.Calendar(Event("DTSTART;VALUE=DATE:20250101\n" + rule + "\n"))));

        Assert.Equal(7, error.LineNumber);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem10_an_EXDATE_of_20000_dates_is_read_and_applied()
    {
        var excluded = Enumerable.Range(0, 20_000).Select(i => new LocalDate(2025, 1, 1).PlusDays(2 * i).ToString("yyyyMMdd", null));
        var calendar = Load(Event("DTSTART;VALUE=DATE:20250101\nRRULE:FREQ=DAILY\nEXDATE;VALUE=DATE:" + string.Join(",", excluded) + "\n"));

        var dates = Dates(calendar, Year2025);

        Assert.Equal(182, dates.Count);
        Assert.Equal(new LocalDate(2025, 1, 2), dates[0]);
    }

    [Fact]
    public void Problem10_a_summary_folded_over_20000_lines_is_read_in_linear_time_and_memory()
    {
        string body = Event("DTSTART;VALUE=DATE:20250704\n").Replace("SUMMARY:Closed\n", "SUMMARY:Closed" + string.Concat(Enumerable.Repeat("\n  and more", 20_000)) + "\n", StringComparison.Ordinal);
        HolidayCalendar? calendar = null;

        long bytes = Bounded.Allocated(() => calendar = HolidayCalendar.FromICalendar(Fixtures.Calendar(body)));

        // The quadratic reader allocated 3.2 GB here; the text is 220 KB.
        Assert.True(bytes < 100L * body.Length, $"{bytes:N0} bytes for {body.Length:N0} characters");
        var holiday = Assert.Single(calendar!.Occurrences(Year2025));
        Assert.Equal(20_000 * " and more".Length + "Closed".Length, holiday.Name.Length);
    }

    [Fact]
    public void Problem10_10000_all_day_events_load_and_expand()
    {
        var calendar = Load(Events(10_000, i => CultureInfo($"SUMMARY:H{i}\nDTSTART;VALUE=DATE:{new LocalDate(2000, 1, 1).PlusDays(i):yyyyMMdd}\n")));

        Assert.Equal(10_000, calendar.AllDayEventCount);
        Assert.Equal(365, Dates(calendar, Year2025).Count);
        Assert.Equal(10_000, Dates(calendar, new DateInterval(new LocalDate(1999, 1, 1), new LocalDate(2030, 1, 1))).Count);
    }

    [Fact]
    public void Problem10_ranges_at_the_ends_of_LocalDate_expand_without_overflow()
    {
        var calendar = Load(
            Event("DTSTART;VALUE=DATE:00010101\nDTEND;VALUE=DATE:00010103\nRRULE:FREQ=YEARLY\n")
            + Event("DTSTART;VALUE=DATE:99991230\nDURATION:P5D\n").Replace("e@kposdk", "f@kposdk", StringComparison.Ordinal));

        Assert.Equal(
            [new LocalDate(9999, 1, 1), new LocalDate(9999, 1, 2), new LocalDate(9999, 12, 30), new LocalDate(9999, 12, 31)],
            Dates(calendar, new DateInterval(LocalDate.MaxIsoValue.PlusDays(-400), LocalDate.MaxIsoValue)));
        Assert.Equal(
            [new LocalDate(1, 1, 1), new LocalDate(1, 1, 2)],
            Dates(calendar, new DateInterval(LocalDate.MinIsoValue, new LocalDate(1, 6, 30))));
        Assert.Empty(Dates(calendar, new DateInterval(LocalDate.MinIsoValue, LocalDate.MinIsoValue.PlusDays(10))));
    }

    [Fact]
    public void Problem10_a_text_over_MaxTextLength_is_an_error_at_the_line_where_it_passes_the_limit()
    {
        string line = new string('x', 99) + "\n";
        string text = "BEGIN:VCALENDAR\n" + string.Concat(Enumerable.Repeat("X-FILL:" + line, (HolidayCalendar.MaxTextLength / 107) + 10)) + "END:VCALENDAR\n";

        var error = Bounded.Throws<ICalendarFormatException>(() => HolidayCalendar.FromICalendar(text));

        Assert.Equal(1 + (HolidayCalendar.MaxTextLength - 16) / 107 + 1, error.LineNumber);
        Assert.Contains("HolidayCalendar.MaxTextLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem10_more_occurrences_of_one_event_than_MaxOccurrencesPerEvent_is_an_error_naming_the_rule()
    {
        var calendar = Load(Event("DTSTART;VALUE=DATE:00010101\nRRULE:FREQ=DAILY\n"));

        var error = Bounded.Throws<ICalendarFormatException>(() => calendar.Between(new DateInterval(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31))));

        Assert.Equal(7, error.LineNumber);
        Assert.Contains("HolidayCalendar.MaxOccurrencesPerEvent", error.Message, StringComparison.Ordinal);
        Assert.Equal(91_311, Dates(calendar, new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2149, 12, 31))).Count);
    }

    [Fact]
    public void Problem10_an_expansion_over_MaxExpansionSteps_is_an_error_naming_where_it_ran_out()
    {
        var calendar = Load(Events(200, i => CultureInfo($"SUMMARY:D{i}\nDTSTART;VALUE=DATE:19000101\nRRULE:FREQ=DAILY\n")));

        var error = Bounded.Throws<ICalendarFormatException>(() => calendar.Between(new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2149, 12, 31))));
        Assert.Contains("HolidayCalendar.MaxExpansionSteps", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.LineNumber);
        Assert.Equal(365, Dates(calendar, Year2025).Count);
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    /// <summary><paramref name="count"/> VEVENTs with their own UIDs and the given properties.</summary>
    private static string Events(int count, Func<int, string> properties)
    {
        var body = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            body.Append(CultureInfo($"BEGIN:VEVENT\nUID:{i}@kposdk.test\n")).Append(properties(i)).Append("END:VEVENT\n");
        }

        return body.ToString();
    }
}
