using Ical.Net;

namespace KpoSdk.Time.ICalendar;

internal sealed partial class DateRule
{
    /// <summary>
    /// The dates of period <paramref name="k"/> that pass every BYxxx part, ascending (before
    /// BYSETPOS and the DTSTART/UNTIL bounds). A part that RFC 5545 calls "expand" for the frequency
    /// chooses the days to look at; every other part filters them, which is the same set.
    /// </summary>
    /// <returns>The number of days examined, the cost the budget counts.</returns>
    private int Candidates(long k, List<int> into)
    {
        int examined = 0;
        long step = k * Interval;
        switch (Frequency)
        {
            case FrequencyType.Yearly when ByWeekNo.Length > 0:
                WeekNumberedYear((int)(Start.Year + step), into, ref examined);
                break;
            case FrequencyType.Yearly when ByYearDay.Length > 0:
                YearDays((int)(Start.Year + step), into, ref examined);
                break;
            case FrequencyType.Yearly:
                int year = (int)(Start.Year + step);
                for (int month = 1; month <= 12; month++)
                {
                    if (ByMonth.Length == 0 || Array.IndexOf(ByMonth, month) >= 0)
                    {
                        MonthDays(year, month, ordinalsInMonth: MonthOrdinals, into, ref examined);
                    }
                }

                break;
            case FrequencyType.Monthly:
                long index = MonthIndex(k);
                MonthDays((int)(index / 12), (int)(index % 12) + 1, ordinalsInMonth: true, into, ref examined);
                break;
            case FrequencyType.Weekly:
                int weekStart = (int)PeriodStart(k);
                for (int day = weekStart; day < weekStart + 7; day++)
                {
                    Add(day, Ordinals.None, into, ref examined);
                }

                break;
            default:
                Add((int)(Start.DayNumber + step), Ordinals.None, into, ref examined);
                break;
        }

        return examined;
    }

    private void MonthDays(int year, int month, bool ordinalsInMonth, List<int> into, ref int examined)
    {
        if (ByMonth.Length > 0 && Array.IndexOf(ByMonth, month) < 0)
        {
            return;
        }

        int first = new DateOnly(year, month, 1).DayNumber;
        int length = DateTime.DaysInMonth(year, month);
        var ordinals = ordinalsInMonth ? Ordinals.Month : Ordinals.Year;
        if (ByMonthDay.Length == 0)
        {
            for (int day = 0; day < length; day++)
            {
                Add(first + day, ordinals, into, ref examined);
            }

            return;
        }

        examined += length;
        for (int day = 1; day <= length; day++)
        {
            if (Contains(ByMonthDay, day, length))
            {
                Add(first + day - 1, ordinals, into, ref examined);
            }
        }
    }

    private void YearDays(int year, List<int> into, ref int examined)
    {
        int first = DayNumbers.FirstOfYear(year);
        int length = DayNumbers.DaysInYear(year);
        examined += length;
        for (int day = 1; day <= length; day++)
        {
            if (Contains(ByYearDay, day, length))
            {
                Add(first + day - 1, MonthOrdinals ? Ordinals.Month : Ordinals.Year, into, ref examined);
            }
        }
    }

    /// <summary>The days of the listed weeks of week-numbering year <paramref name="year"/>; they may lie in December before it or January after it.</summary>
    private void WeekNumberedYear(int year, List<int> into, ref int examined)
    {
        int weekOne = DayNumbers.WeekOneStart(year, WeekStart);
        int weeks = DayNumbers.WeeksInYear(year, WeekStart);
        for (int week = 1; week <= weeks; week++)
        {
            if (Contains(ByWeekNo, week, weeks))
            {
                int first = weekOne + ((week - 1) * 7);
                for (int day = first; day < first + 7; day++)
                {
                    Add(day, Ordinals.None, into, ref examined);
                }
            }
        }
    }

    /// <summary>Adds <paramref name="day"/> when it is a date and passes the filters not used to choose it.</summary>
    private void Add(int day, Ordinals ordinals, List<int> into, ref int examined)
    {
        examined++;
        if (DayNumbers.IsDate(day) && Passes(day, ordinals))
        {
            into.Add(day);
        }
    }

    private bool Passes(int day, Ordinals ordinals)
    {
        var date = DateOnly.FromDayNumber(day);
        if (ByMonth.Length > 0 && Array.IndexOf(ByMonth, date.Month) < 0)
        {
            return false;
        }

        if (ByMonthDay.Length > 0 && !Contains(ByMonthDay, date.Day, DateTime.DaysInMonth(date.Year, date.Month)))
        {
            return false;
        }

        if (ByYearDay.Length > 0 && !Contains(ByYearDay, date.DayOfYear, DayNumbers.DaysInYear(date.Year)))
        {
            return false;
        }

        if (ByWeekNo.Length > 0)
        {
            var (weekYear, week) = DayNumbers.WeekOf(day, date.Year, WeekStart);
            if (!Contains(ByWeekNo, week, DayNumbers.WeeksInYear(weekYear, WeekStart)))
            {
                return false;
            }
        }

        return ByDay.Length == 0 || ordinals switch
        {
            Ordinals.Month => MatchesDay(date.DayOfWeek, date.Day, DateTime.DaysInMonth(date.Year, date.Month)),
            Ordinals.Year => MatchesDay(date.DayOfWeek, date.DayOfYear, DayNumbers.DaysInYear(date.Year)),
            _ => MatchesDay(date.DayOfWeek, 0, 0),
        };
    }

    /// <summary>
    /// Whether a weekday at <paramref name="position"/> (1-based) of a span of
    /// <paramref name="length"/> days matches BYDAY: "MO" any Monday, "2MO" the second, "-1FR" the
    /// last Friday of the span. Without a span (daily and weekly rules) ordinals are ignored.
    /// </summary>
    private bool MatchesDay(DayOfWeek weekday, int position, int length)
    {
        foreach (var (day, offset) in ByDay)
        {
            if (day == weekday
                && (offset == 0
                    || length == 0
                    || (offset > 0 && ((position - 1) / 7) + 1 == offset)
                    || (offset < 0 && ((length - position) / 7) + 1 == -offset)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="values"/> names <paramref name="position"/> of <paramref name="length"/>, counting from the start (1) or from the end (-1).</summary>
    private static bool Contains(int[] values, int position, int length)
    {
        foreach (int value in values)
        {
            if (value == position || value == position - length - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What a BYDAY ordinal counts within.</summary>
    private enum Ordinals
    {
        None,
        Month,
        Year,
    }
}
