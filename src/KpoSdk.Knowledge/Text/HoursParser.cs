namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The grammar shared by weekly hours, the hours of one day and clock times. Blanks (spaces and
/// tabs) may stand around <c>;</c>, <c>,</c> and <c>-</c>; at least one separates a clause's
/// days from its ranges. Hours have one or two digits, minutes exactly two, and there are no
/// seconds. A day range may wrap past Sunday (<c>Sat-Mon</c> is Saturday, Sunday and Monday).
/// </summary>
internal static class HoursParser
{
    public const string DayExpected = "a day name (Mon, Tue, Wed, Thu, Fri, Sat or Sun)";

    public const string TimeExpected = "a time in the form HH:mm such as '09:00'";

    /// <summary>One clause: days, blanks, ranges. Adds every (day, range) pair.</summary>
    public static bool ParseClause(TextScanner scanner, List<(int, MinuteRange)> into)
    {
        int days = 0;
        if (!ParseDays(scanner, ref days))
        {
            return false;
        }

        int afterDays = scanner.Position;
        scanner.SkipBlanks();
        if (scanner.AtEnd || !TextScanner.IsDigit(scanner.Current))
        {
            return scanner.Fail(scanner.Position, "opening hours such as '09:00-17:00' after the days");
        }

        if (scanner.Position == afterDays)
        {
            return scanner.Fail(afterDays, "a space between the days and the hours");
        }

        var ranges = new List<MinuteRange>();
        if (!ParseRanges(scanner, ranges))
        {
            return false;
        }

        // The days are a set: "Mon,Mon,Mon… 09:00-10:00,09:00-10:00…" adds each range at most
        // seven times, so the pairs grow linearly with the text, not with days times ranges.
        for (int day = 1; day <= 7; day++)
        {
            if ((days & (1 << day)) != 0)
            {
                foreach (var range in ranges)
                {
                    into.Add((day, range));
                }
            }
        }

        return true;
    }

    /// <summary>Comma-separated ranges, stopping before anything that does not continue them.</summary>
    public static bool ParseRanges(TextScanner scanner, List<MinuteRange> into)
    {
        while (true)
        {
            if (!ParseRange(scanner, out var range))
            {
                return false;
            }

            into.Add(range);
            int mark = scanner.Position;
            scanner.SkipBlanks();
            if (!scanner.Accept(','))
            {
                scanner.Position = mark;
                return true;
            }

            scanner.SkipBlanks();
        }
    }

    /// <summary>A clock time <c>H:mm</c> or <c>HH:mm</c> as minutes since midnight.</summary>
    public static bool ParseTime(TextScanner scanner, bool isEnd, out int minutes)
    {
        minutes = 0;
        int start = scanner.Position;
        int hours = 0;
        int digits = 0;
        while (!scanner.AtEnd && TextScanner.IsDigit(scanner.Current) && digits < 3)
        {
            hours = (hours * 10) + (scanner.Current - '0');
            scanner.Position++;
            digits++;
        }

        if (digits == 0 || digits > 2 || scanner.Current != ':' || scanner.AtEnd)
        {
            return scanner.Fail(start, isEnd ? "an end " + TimeExpected.Substring(2) : TimeExpected);
        }

        scanner.Position++;
        int minuteStart = scanner.Position;
        int minute = 0;
        for (int i = 0; i < 2; i++)
        {
            if (scanner.AtEnd || !TextScanner.IsDigit(scanner.Current))
            {
                return scanner.Fail(start, scanner.Position - start + scanner.TokenLength(scanner.Position), "a time with two digits of minutes, such as '09:05'");
            }

            minute = (minute * 10) + (scanner.Current - '0');
            scanner.Position++;
        }

        if (!scanner.AtEnd && (scanner.Current == ':' || scanner.Current == '.' || TextScanner.IsDigit(scanner.Current)))
        {
            return scanner.Fail(start, scanner.TokenLength(start), "a time in the form HH:mm, without seconds");
        }

        int length = scanner.Position - start;
        if (hours > 24 || (hours == 24 && !isEnd))
        {
            return scanner.Fail(start, length, isEnd ? "an hour from 00 to 24" : "a start hour from 00 to 23 (24:00 is allowed only as an end)");
        }

        if (minute > 59)
        {
            return scanner.Fail(minuteStart, 2, "minutes from 00 to 59");
        }

        if (hours == 24 && minute != 0)
        {
            return scanner.Fail(start, length, "an end no later than 24:00");
        }

        minutes = (hours * 60) + minute;
        return true;
    }

    private static bool ParseRange(TextScanner scanner, out MinuteRange range)
    {
        range = default;
        if (!ParseTime(scanner, isEnd: false, out int start))
        {
            return false;
        }

        scanner.SkipBlanks();
        if (!scanner.Accept('-'))
        {
            return scanner.Fail(scanner.Position, "'-' between the start and the end time");
        }

        scanner.SkipBlanks();
        if (!ParseTime(scanner, isEnd: true, out int end))
        {
            return false;
        }

        range = MinuteRange.FromClockTimes(start, end);
        return true;
    }

    /// <summary>Day names and ranges separated by commas, as a set of ISO days (bit <c>1 &lt;&lt; day</c>).</summary>
    private static bool ParseDays(TextScanner scanner, ref int into)
    {
        while (true)
        {
            if (!ParseDay(scanner, out int first))
            {
                return false;
            }

            int mark = scanner.Position;
            scanner.SkipBlanks();
            if (scanner.Accept('-'))
            {
                scanner.SkipBlanks();
                if (!ParseDay(scanner, out int last))
                {
                    return false;
                }

                for (int day = first; ; day = (day % 7) + 1)
                {
                    into |= 1 << day;
                    if (day == last)
                    {
                        break;
                    }
                }

                mark = scanner.Position;
                scanner.SkipBlanks();
            }
            else
            {
                into |= 1 << first;
            }

            if (!scanner.Accept(','))
            {
                scanner.Position = mark;
                return true;
            }

            scanner.SkipBlanks();
        }
    }

    private static bool ParseDay(TextScanner scanner, out int day)
    {
        int start = scanner.Position;
        int end = start;
        while (end < scanner.Text.Length && TextScanner.IsLetter(scanner.Text[end]))
        {
            end++;
        }

        day = DayNames.Find(scanner.Text, start, end - start);
        if (day == 0)
        {
            int length = end > start ? end - start : scanner.TokenLength(start);
            int suggestion = end > start ? DayNames.Suggest(scanner.Text.Substring(start, end - start)) : 0;
            return scanner.Fail(start, length, DayExpected, suggestion == 0 ? null : $"Did you mean '{DayNames.Of(suggestion)}'?");
        }

        scanner.Position = end;
        return true;
    }
}
