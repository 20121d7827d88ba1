using Ical.Net;

namespace KpoSdk.Time.ICalendar;

internal sealed partial class DateRule
{
    /// <summary>
    /// Periods after which the calendar repeats (400 Gregorian years: 400 years, 4,800 months,
    /// 20,871 weeks, 146,097 days): a rule that produces no date in that many consecutive periods
    /// never will.
    /// </summary>
    public int CyclePeriods => Frequency switch
    {
        FrequencyType.Yearly => 400,
        FrequencyType.Monthly => 4_800,
        FrequencyType.Weekly => 20_871,
        _ => 146_097,
    };

    /// <summary>
    /// Adds the rule's dates from <paramref name="from"/> to <paramref name="last"/> (day numbers,
    /// both inclusive) to <paramref name="into"/>, ascending, stopping after
    /// <paramref name="limit"/> dates or <paramref name="maxPeriods"/> periods. Starts at the
    /// period that contains <paramref name="from"/> (a COUNT must have been turned into an UNTIL
    /// for that to be right), so the work is proportional to the span asked for, not to its
    /// distance from DTSTART. Every date examined is spent from <paramref name="budget"/>.
    /// </summary>
    /// <returns>False when it stopped because <paramref name="maxPeriods"/> were examined.</returns>
    public bool Expand(int from, int last, List<int> into, int limit, ExpansionBudget budget, int maxPeriods = int.MaxValue)
    {
        int start = Start.DayNumber;
        from = Math.Max(from, start);
        last = Math.Min(last, Until is { } until ? until.DayNumber : DayNumbers.Max);
        if (from > last)
        {
            return true;
        }

        var candidates = new List<int>();
        int added = 0;
        for (long k = FirstPeriod(from), periods = 0; ; k++, periods++)
        {
            if (periods >= maxPeriods)
            {
                return false;
            }

            long first = PeriodStart(k);
            if (first > last)
            {
                return true;
            }

            candidates.Clear();
            budget.Spend(Candidates(k, candidates) + 1);
            foreach (int date in Positions(candidates))
            {
                if (date > last)
                {
                    return true;
                }

                if (date >= from && DayNumbers.IsDate(date))
                {
                    into.Add(date);
                    if (++added >= limit)
                    {
                        return true;
                    }
                }
            }
        }
    }

    /// <summary>The index of the period that contains <paramref name="from"/> (0 is DTSTART's).</summary>
    private long FirstPeriod(int from)
    {
        var date = DateOnly.FromDayNumber(from);
        long periods = Frequency switch
        {
            FrequencyType.Yearly => date.Year - 1 - Start.Year, // a week-numbering year may begin in December
            FrequencyType.Monthly => ((date.Year * 12L) + date.Month) - ((Start.Year * 12L) + Start.Month),
            FrequencyType.Weekly => (DayNumbers.WeekStartOf(from, WeekStart) - DayNumbers.WeekStartOf(Start.DayNumber, WeekStart)) / 7,
            _ => from - Start.DayNumber,
        };
        return Math.Max(0, periods / Interval);
    }

    /// <summary>A day number at or before the first day of period <paramref name="k"/>; past <see cref="DayNumbers.Max"/> when the period is.</summary>
    private long PeriodStart(long k)
    {
        long step = k * Interval;
        return Frequency switch
        {
            FrequencyType.Yearly => Start.Year + step > 9999 ? long.MaxValue : DayNumbers.FirstOfYear((int)(Start.Year + step)) - 7,
            FrequencyType.Monthly => MonthIndex(k) >= 120_000 ? long.MaxValue : FirstOfMonth(MonthIndex(k)),
            FrequencyType.Weekly => DayNumbers.WeekStartOf(Start.DayNumber, WeekStart) + (7 * step),
            _ => Start.DayNumber + step,
        };
    }

    /// <summary>The months since the start of year 0 of monthly period <paramref name="k"/>.</summary>
    private long MonthIndex(long k) => ((Start.Year * 12L) + Start.Month - 1) + (k * Interval);

    private static int FirstOfMonth(long monthIndex) =>
        new DateOnly((int)(monthIndex / 12), (int)(monthIndex % 12) + 1, 1).DayNumber;

    /// <summary>The candidates after BYSETPOS: the whole set, or the dates at the given positions (1 = first, -1 = last), ascending.</summary>
    private IEnumerable<int> Positions(List<int> candidates)
    {
        if (BySetPosition.Length == 0)
        {
            return candidates;
        }

        var chosen = new SortedSet<int>();
        foreach (int position in BySetPosition)
        {
            int index = position > 0 ? position - 1 : candidates.Count + position;
            if (index >= 0 && index < candidates.Count)
            {
                chosen.Add(candidates[index]);
            }
        }

        return chosen;
    }
}
