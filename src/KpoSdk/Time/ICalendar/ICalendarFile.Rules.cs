using System.Globalization;
using Ical.Net;

namespace KpoSdk.Time.ICalendar;

internal sealed partial class ICalendarFile
{
    /// <summary>
    /// Checks that each rule of an all-day event produces a date, and turns a COUNT into the date
    /// of the last occurrence, so that later expansions can start at the range asked for instead of
    /// counting from DTSTART. Spends from the reading's budget.
    /// </summary>
    private static void Prepare(HolidayEvent vevent, ExpansionBudget budget)
    {
        try
        {
            vevent.Rules = [.. vevent.Rules.Select(r => (Prepare(vevent, r.Rule, r.Line, budget), r.Line))];
            vevent.ExceptionRules = [.. vevent.ExceptionRules.Select(r => (Prepare(vevent, r.Rule, r.Line, budget), r.Line))];
        }
        catch (ExpansionLimitException)
        {
            throw BudgetError(vevent, "reading the calendar");
        }
    }

    private static DateRule Prepare(HolidayEvent vevent, DateRule rule, ContentLine line, ExpansionBudget budget)
    {
        var dates = new List<int>();
        int start = rule.Start.DayNumber;
        if (!rule.Expand(start, DayNumbers.Max, dates, 1, budget, rule.CyclePeriods) && dates.Count == 0)
        {
            string unit = rule.Frequency switch
            {
                FrequencyType.Yearly => "years",
                FrequencyType.Monthly => "months",
                FrequencyType.Weekly => "weeks",
                _ => "days",
            };
            throw ContentLineReader.Error(
                line.Line,
                string.Create(CultureInfo.InvariantCulture, $"the recurrence of VEVENT {vevent.Lines.Label} ({ContentLineReader.Quote(line.Text)}) produces no date in {rule.CyclePeriods:N0} consecutive {unit}, a whole 400-year cycle of the calendar, so it never will; check BYMONTH/BYMONTHDAY/BYDAY for a combination that cannot occur."));
        }

        if (rule.Count is not { } count)
        {
            return rule;
        }

        dates.Clear();
        rule.Expand(start, DayNumbers.Max, dates, count, budget);
        return rule.WithLastDate(dates.Count == 0 ? rule.Start : DateOnly.FromDayNumber(dates[^1]));
    }
}
