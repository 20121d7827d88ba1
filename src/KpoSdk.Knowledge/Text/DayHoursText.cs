namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The hours of a single day, as in a dated hours override: <c>09:00-12:00, 13:00-17:00</c>,
/// <c>22:00-06:00</c> (crossing into the next day) or <c>closed</c>. The ranges follow the
/// weekly-hours rules and come back ordered and merged.
/// </summary>
internal static class DayHoursText
{
    public const string Subject = "valid hours of a day";

    public static ParseResult<MinuteRange[]> Read(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var scanner = new TextScanner(Subject, text);
        scanner.SkipBlanks();
        MinuteRange[] result;
        if (scanner.AcceptWord(HoursFormatter.ClosedText))
        {
            result = [];
        }
        else if (scanner.AtEnd || !TextScanner.IsDigit(scanner.Current))
        {
            scanner.Fail(scanner.Position, "a range such as '09:00-17:00', or 'closed'");
            return ParseResult<MinuteRange[]>.Failure(scanner.Error!);
        }
        else
        {
            var ranges = new List<MinuteRange>();
            if (!HoursParser.ParseRanges(scanner, ranges))
            {
                return ParseResult<MinuteRange[]>.Failure(scanner.Error!);
            }

            result = WeeklyHoursModel.Merge(ranges);
        }

        scanner.SkipBlanks();
        if (!scanner.AtEnd)
        {
            scanner.Fail(scanner.Position, result.Length == 0 ? "end of input ('closed' stands alone)" : "',' and another range, or end of input");
            return ParseResult<MinuteRange[]>.Failure(scanner.Error!);
        }

        return ParseResult<MinuteRange[]>.Success(result);
    }

    public static MinuteRange[] Parse(string text) => Read(text).GetValueOrThrow();

    public static string Format(IReadOnlyList<MinuteRange> ranges) => HoursFormatter.FormatRanges(ranges);
}
