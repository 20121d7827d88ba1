using System.Globalization;
using NodaTime;

namespace KpoSdk.Time.ICalendar;

internal sealed partial class ICalendarFile
{
    /// <summary>Bits of a sort key for the name's rank: more than the events a text of <see cref="HolidayCalendar.MaxTextLength"/> can hold.</summary>
    private const int RankBits = 24;

    /// <summary>
    /// Every holiday day of the file within <paramref name="dates"/>, ordered by date then name;
    /// a date appears once per event that covers it. Work is proportional to the span asked for
    /// and the events, bounded by <see cref="HolidayCalendar.MaxExpansionSteps"/>.
    /// </summary>
    /// <exception cref="ICalendarFormatException">An event produces more than <see cref="HolidayCalendar.MaxOccurrencesPerEvent"/> dates in the span, or the expansion needs more than <see cref="HolidayCalendar.MaxExpansionSteps"/> steps.</exception>
    public List<Holiday> Expand(DateInterval dates) => Expand(dates, collect: true);

    /// <summary>
    /// Expands the file over <paramref name="dates"/> without keeping the days, to enforce the
    /// limits on a span as a whole (a calendar otherwise expands it a year at a time).
    /// </summary>
    /// <exception cref="ICalendarFormatException">As <see cref="Expand(DateInterval)"/>.</exception>
    public void CheckLimits(DateInterval dates) => Expand(dates, collect: false);

    private List<Holiday> Expand(DateInterval dates, bool collect)
    {
        int first = ClampedDay(dates.Start);
        int last = ClampedDay(dates.End);
        if (dates.End < LocalDate.FromDateOnly(DateOnly.MinValue) || dates.Start > LocalDate.FromDateOnly(DateOnly.MaxValue))
        {
            return [];
        }

        // Day and name rank in one long each: sorting them is several times cheaper than sorting
        // Holiday values, which compare their names.
        var keys = new List<long>();

        var budget = new ExpansionBudget(HolidayCalendar.MaxExpansionSteps);
        var starts = new List<int>();
        var excluded = new List<int>();
        for (int source = 0; source < _sources.Length; source++)
        {
            var vevent = _sources[source];
            starts.Clear();
            try
            {
                StartsOf(vevent, Math.Max(0, first - (vevent.Days - 1)), last, starts, excluded, budget);
            }
            catch (ExpansionLimitException)
            {
                throw BudgetError(vevent, $"expanding the calendar over {MessageText.Of(dates.Start)} to {MessageText.Of(dates.End)}");
            }

            foreach (int start in collect ? starts : [])
            {
                int end = (int)Math.Min((long)start + vevent.Days - 1, last);
                for (int day = Math.Max(start, first); day <= end; day++)
                {
                    keys.Add(((long)day << RankBits) | (uint)_ranks[source]);
                }
            }
        }

        keys.Sort();
        var result = new List<Holiday>(keys.Count);
        foreach (long key in keys)
        {
            result.Add(new Holiday(LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)(key >> RankBits))), _names[(int)(key & ((1L << RankBits) - 1))]));
        }

        return result;
    }

    /// <summary>
    /// The first days of <paramref name="vevent"/>'s instances from <paramref name="from"/> to
    /// <paramref name="last"/>, ascending and distinct: DTSTART (without RRULE) or the rules'
    /// dates, plus RDATEs, less EXDATEs, EXRULE dates and instances replaced through RECURRENCE-ID.
    /// </summary>
    private void StartsOf(HolidayEvent vevent, int from, int last, List<int> starts, List<int> excluded, ExpansionBudget budget)
    {
        if (vevent.Rules.Length == 0)
        {
            if (vevent.StartDay >= from && vevent.StartDay <= last)
            {
                starts.Add(vevent.StartDay);
            }
        }

        foreach (var (rule, line) in vevent.Rules)
        {
            rule.Expand(from, last, starts, HolidayCalendar.MaxOccurrencesPerEvent + 1, budget);
            if (starts.Count > HolidayCalendar.MaxOccurrencesPerEvent)
            {
                throw ContentLineReader.Error(
                    line.Line,
                    string.Create(CultureInfo.InvariantCulture, $"the recurrence of VEVENT {vevent.Lines.Label} ({ContentLineReader.Quote(line.Text)}) has more than {HolidayCalendar.MaxOccurrencesPerEvent:N0} occurrences from {MessageText.Of(LocalDate.FromDateOnly(DateOnly.FromDayNumber(from)))} to {MessageText.Of(LocalDate.FromDateOnly(DateOnly.FromDayNumber(last)))} (HolidayCalendar.MaxOccurrencesPerEvent); ask for a shorter range."));
            }
        }

        int extra = LowerBound(vevent.ExtraDays, from);
        for (int i = extra; i < vevent.ExtraDays.Length && vevent.ExtraDays[i] <= last; i++)
        {
            starts.Add(vevent.ExtraDays[i]);
        }

        budget.Spend(starts.Count);
        starts.Sort();

        excluded.Clear();
        foreach (var (rule, _) in vevent.ExceptionRules)
        {
            rule.Expand(from, last, excluded, int.MaxValue, budget);
        }

        int kept = 0;
        for (int i = 0; i < starts.Count; i++)
        {
            int day = starts[i];
            if ((kept == 0 || starts[kept - 1] != day)
                && !vevent.ExcludedDays.Contains(day)
                && (excluded.Count == 0 || excluded.BinarySearch(day) < 0)
                && (vevent.Uid is null || vevent.ReplacesDay is not null || !_replaced.Contains((vevent.Uid, day))))
            {
                starts[kept++] = day;
            }
        }

        starts.RemoveRange(kept, starts.Count - kept);
    }

    private static int LowerBound(int[] days, int day)
    {
        int i = Array.BinarySearch(days, day);
        return i >= 0 ? i : ~i;
    }

    private static int ClampedDay(LocalDate date) =>
        date < LocalDate.FromDateOnly(DateOnly.MinValue) ? 0
        : date > LocalDate.FromDateOnly(DateOnly.MaxValue) ? DayNumbers.Max
        : date.ToDateOnly().DayNumber;

    private static ICalendarFormatException BudgetError(HolidayEvent vevent, string what) =>
        ContentLineReader.Error(
            vevent.Lines.BeginLine,
            string.Create(CultureInfo.InvariantCulture, $"{what} examines more than {HolidayCalendar.MaxExpansionSteps:N0} candidate dates (HolidayCalendar.MaxExpansionSteps), the bound on the time one expansion may take; it ran out at the VEVENT {vevent.Lines.Label} that begins here. Ask for a shorter range, or split the calendar."));
}
