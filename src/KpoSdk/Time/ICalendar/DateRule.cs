using Ical.Net;
using Ical.Net.DataTypes;

namespace KpoSdk.Time.ICalendar;

/// <summary>
/// An RFC 5545 recurrence rule (RRULE or EXRULE) of an all-day event, reduced to what dates need:
/// the frequency (daily or coarser; finer ones are rejected when the file is read), the interval,
/// the end (UNTIL; a COUNT is turned into the date of its last occurrence when the file is read) and
/// the BYxxx filters with the defaults RFC 5545 takes from DTSTART. Immutable.
/// </summary>
/// <remarks>
/// Ical.Net parses the rule text (and so reports its syntax errors); the dates are computed here,
/// over <see cref="DateOnly"/> values, because Ical.Net's evaluator walks instants: about 8 µs and
/// 2.5 KB per occurrence, with no way to bound the work of a rule that never matches.
/// </remarks>
internal sealed partial class DateRule
{
    private DateRule(
        DateOnly start,
        FrequencyType frequency,
        int interval,
        int? count,
        DateOnly? until,
        int[] byMonth,
        int[] byWeekNo,
        int[] byYearDay,
        int[] byMonthDay,
        (DayOfWeek Day, int Offset)[] byDay,
        int[] bySetPosition,
        DayOfWeek weekStart,
        bool monthOrdinals)
    {
        Start = start;
        Frequency = frequency;
        Interval = interval;
        Count = count;
        Until = until;
        ByMonth = byMonth;
        ByWeekNo = byWeekNo;
        ByYearDay = byYearDay;
        ByMonthDay = byMonthDay;
        ByDay = byDay;
        BySetPosition = bySetPosition;
        WeekStart = weekStart;
        MonthOrdinals = monthOrdinals;
    }

    /// <summary>The event's DTSTART: no date before it belongs to the rule.</summary>
    public DateOnly Start { get; }

    public FrequencyType Frequency { get; }

    public int Interval { get; }

    /// <summary>COUNT as written; <see cref="WithLastDate"/> replaces it by <see cref="Until"/>.</summary>
    public int? Count { get; }

    /// <summary>The last date the rule may produce (inclusive), if any.</summary>
    public DateOnly? Until { get; }

    public int[] ByMonth { get; }

    public int[] ByWeekNo { get; }

    public int[] ByYearDay { get; }

    public int[] ByMonthDay { get; }

    /// <summary>Weekdays, with an ordinal (1 = first, -1 = last) or 0 for every one.</summary>
    public (DayOfWeek Day, int Offset)[] ByDay { get; }

    public int[] BySetPosition { get; }

    public DayOfWeek WeekStart { get; }

    /// <summary>
    /// Whether a yearly rule's BYDAY positions count within the month: when the rule itself names
    /// BYMONTH, not when the month is only taken from DTSTART.
    /// </summary>
    public bool MonthOrdinals { get; }

    /// <summary>
    /// The rule of <paramref name="pattern"/> for an event starting on <paramref name="start"/>,
    /// with RFC 5545's defaults: without BYWEEKNO, BYYEARDAY, BYMONTHDAY and BYDAY, a yearly rule
    /// recurs on DTSTART's month and day, a monthly one on its day, a weekly one on its weekday; a
    /// yearly BYMONTHDAY without BYMONTH is in DTSTART's month, a yearly BYWEEKNO without BYDAY on
    /// DTSTART's weekday.
    /// </summary>
    public static DateRule From(RecurrencePattern pattern, DateOnly start)
    {
        int[] byMonth = [.. pattern.ByMonth];
        int[] byMonthDay = [.. pattern.ByMonthDay];
        (DayOfWeek, int)[] byDay = [.. pattern.ByDay.Select(d => (d.DayOfWeek, d.Offset ?? 0))];
        if (pattern.ByWeekNo.Count == 0 && pattern.ByYearDay.Count == 0 && byMonthDay.Length == 0 && byDay.Length == 0)
        {
            switch (pattern.Frequency)
            {
                case FrequencyType.Yearly:
                    byMonth = byMonth.Length == 0 ? [start.Month] : byMonth;
                    byMonthDay = [start.Day];
                    break;
                case FrequencyType.Monthly:
                    byMonthDay = [start.Day];
                    break;
                case FrequencyType.Weekly:
                    byDay = [(start.DayOfWeek, 0)];
                    break;
            }
        }
        else if (pattern.Frequency == FrequencyType.Yearly && pattern.ByYearDay.Count == 0)
        {
            // What the rule leaves open comes from DTSTART (RFC 5545 section 3.3.10): the month of a
            // yearly BYMONTHDAY, the weekday of a yearly BYWEEKNO. Ical.Net reads them so too.
            if (byMonthDay.Length > 0 && byMonth.Length == 0 && pattern.ByWeekNo.Count == 0)
            {
                byMonth = [start.Month];
            }

            if (pattern.ByWeekNo.Count > 0 && byDay.Length == 0 && byMonthDay.Length == 0)
            {
                byDay = [(start.DayOfWeek, 0)];
            }
        }

        DateOnly? until = pattern.Until is { } u ? u.Date : null;
        return new DateRule(
            start,
            pattern.Frequency,
            pattern.Interval,
            pattern.Count,
            until,
            byMonth,
            [.. pattern.ByWeekNo],
            [.. pattern.ByYearDay],
            byMonthDay,
            byDay,
            [.. pattern.BySetPosition],
            pattern.FirstDayOfWeek,
            pattern.ByMonth.Count > 0);
    }

    /// <summary>The same rule ending on <paramref name="last"/> instead of after a COUNT.</summary>
    public DateRule WithLastDate(DateOnly? last) =>
        new(Start, Frequency, Interval, null, last, ByMonth, ByWeekNo, ByYearDay, ByMonthDay, ByDay, BySetPosition, WeekStart, MonthOrdinals);
}
