using System.Diagnostics.CodeAnalysis;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The weekly-hours text form: <c>Mon-Fri 09:00-17:00; Sat 10:00-14:00</c>,
/// <c>Mon,Wed 22:00-06:00</c>, <c>Mon-Fri 09:00-12:00, 13:00-17:00</c>, <c>24x7</c> and
/// <c>closed</c>. Clauses are separated by <c>;</c>, a clause's ranges by <c>,</c>; a day may
/// appear in several clauses and its overlapping or touching ranges merge. A range whose end is
/// not after its start crosses midnight (so <c>00:00-00:00</c> and <c>09:00-09:00</c> are 24
/// hours); <c>24:00</c> is allowed only as an end. Day names are English three-letter
/// abbreviations in any case; <c>24x7</c> and <c>closed</c> (any case) stand alone.
/// See <see cref="HoursParser"/> for blanks and <see cref="HoursFormatter"/> for the canonical form.
/// </summary>
internal static class WeeklyHoursText
{
    public const string Subject = "valid weekly hours";

    /// <summary>Parses without throwing; the error names the position and what was expected.</summary>
    public static ParseResult<WeeklyHoursModel> Read(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var scanner = new TextScanner(Subject, text);
        scanner.SkipBlanks();
        WeeklyHoursModel? model = null;
        if (scanner.AcceptWord(HoursFormatter.AlwaysOpenText))
        {
            model = WeeklyHoursModel.AlwaysOpen;
        }
        else if (scanner.AcceptWord(HoursFormatter.ClosedText))
        {
            model = WeeklyHoursModel.Closed;
        }

        if (model is not null)
        {
            scanner.SkipBlanks();
            return scanner.AtEnd
                ? ParseResult<WeeklyHoursModel>.Success(model)
                : Fail(scanner, "end of input ('" + model + "' stands alone)");
        }

        if (scanner.AtEnd || !TextScanner.IsLetter(scanner.Current))
        {
            return Fail(scanner, "a day name such as 'Mon', or '24x7', or 'closed'");
        }

        var ranges = new List<(int, MinuteRange)>();
        while (true)
        {
            if (!HoursParser.ParseClause(scanner, ranges))
            {
                return ParseResult<WeeklyHoursModel>.Failure(scanner.Error!);
            }

            scanner.SkipBlanks();
            if (scanner.AtEnd)
            {
                return ParseResult<WeeklyHoursModel>.Success(WeeklyHoursModel.Create(ranges));
            }

            if (!scanner.Accept(';'))
            {
                return Fail(scanner, "',' and another range, ';' and another clause, or end of input");
            }

            scanner.SkipBlanks();
        }
    }

    /// <summary>Parses, throwing <see cref="FormatException"/> with the error's message.</summary>
    public static WeeklyHoursModel Parse(string text) => Read(text).GetValueOrThrow();

    /// <summary>Parses; false (never an exception) for null or malformed text.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WeeklyHoursModel? model)
    {
        model = text is null ? null : Read(text).Value;
        return model is not null;
    }

    /// <summary>The canonical text form.</summary>
    public static string Format(WeeklyHoursModel model) => HoursFormatter.Format(model);

    private static ParseResult<WeeklyHoursModel> Fail(TextScanner scanner, string expected)
    {
        scanner.Fail(scanner.Position, expected);
        return ParseResult<WeeklyHoursModel>.Failure(scanner.Error!);
    }
}
