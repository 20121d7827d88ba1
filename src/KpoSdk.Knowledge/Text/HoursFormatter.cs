using System.Text;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// Writes weekly hours in canonical text form: clauses ordered by their first day, each naming the
/// days that share identical hours (consecutive days as <c>Mon-Fri</c>, never wrapping past
/// Sunday), ranges ordered and merged, <c>24:00</c> for an end at midnight that closes the same
/// day, <c>24x7</c> for always open and <c>closed</c> for never open. Parsing the output gives
/// back the same model.
/// </summary>
internal static class HoursFormatter
{
    public const string AlwaysOpenText = "24x7";

    public const string ClosedText = "closed";

    public static string Format(WeeklyHoursModel model)
    {
        if (model.IsAlwaysOpen)
        {
            return AlwaysOpenText;
        }

        if (model.IsClosed)
        {
            return ClosedText;
        }

        var done = new bool[8];
        var text = new StringBuilder();
        for (int day = 1; day <= 7; day++)
        {
            var ranges = model.On(day);
            if (done[day] || ranges.Count == 0)
            {
                continue;
            }

            var days = new List<int>();
            for (int other = day; other <= 7; other++)
            {
                if (!done[other] && model.On(other).SequenceEqual(ranges))
                {
                    days.Add(other);
                    done[other] = true;
                }
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            AppendDays(text, days);
            text.Append(' ');
            AppendRanges(text, ranges);
        }

        return text.ToString();
    }

    /// <summary>The ranges of one day, e.g. <c>09:00-12:00, 13:00-17:00</c>; <c>closed</c> when none.</summary>
    public static string FormatRanges(IReadOnlyList<MinuteRange> ranges)
    {
        if (ranges.Count == 0)
        {
            return ClosedText;
        }

        var text = new StringBuilder();
        AppendRanges(text, ranges);
        return text.ToString();
    }

    /// <summary>A clock time as <c>HH:mm</c>; 1440 is written <c>24:00</c>.</summary>
    public static string FormatTime(int minutes)
    {
        var text = new StringBuilder(5);
        AppendTime(text, minutes);
        return text.ToString();
    }

    private static void AppendDays(StringBuilder text, List<int> days)
    {
        for (int i = 0; i < days.Count;)
        {
            int j = i;
            while (j + 1 < days.Count && days[j + 1] == days[j] + 1)
            {
                j++;
            }

            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(DayNames.Of(days[i]));
            if (j > i)
            {
                text.Append('-').Append(DayNames.Of(days[j]));
            }

            i = j + 1;
        }
    }

    private static void AppendRanges(StringBuilder text, IReadOnlyList<MinuteRange> ranges)
    {
        for (int i = 0; i < ranges.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            var range = ranges[i];
            if (range.Length > MinuteRange.MinutesPerDay)
            {
                // Longer than a day only after merging; the text form's ranges are at most 24
                // hours, so write two overlapping 24-hour-or-shorter ranges that merge back.
                AppendRange(text, range.Start, range.Start + MinuteRange.MinutesPerDay);
                text.Append(", ");
                AppendRange(text, range.End - MinuteRange.MinutesPerDay, range.End);
            }
            else
            {
                AppendRange(text, range.Start, range.End);
            }
        }
    }

    private static void AppendRange(StringBuilder text, int start, int end)
    {
        AppendTime(text, start);
        text.Append('-');
        AppendTime(text, end > MinuteRange.MinutesPerDay ? end - MinuteRange.MinutesPerDay : end);
    }

    private static void AppendTime(StringBuilder text, int minutes)
    {
        int hours = minutes / 60;
        int rest = minutes % 60;
        text.Append((char)('0' + (hours / 10))).Append((char)('0' + (hours % 10)))
            .Append(':')
            .Append((char)('0' + (rest / 10))).Append((char)('0' + (rest % 10)));
    }
}
