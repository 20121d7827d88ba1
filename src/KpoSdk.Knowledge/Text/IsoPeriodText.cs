namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The subset of ISO 8601 durations the contract attributes accept:
/// <c>P[nY][nM][nW][nD][T[nH][nM][nS]]</c> with upper-case designators in that order, each at
/// most once, whole non-negative numbers (no fractions, no sign), at least one component, and at
/// least one after <c>T</c>. Weeks may be combined with other units (ISO 8601-1:2019 allows it).
/// No blanks are allowed. Examples: <c>PT4H</c>, <c>PT30M</c>, <c>P3D</c>, <c>P1DT4H</c>, <c>P2W</c>.
/// </summary>
internal static class IsoPeriodText
{
    public const string Subject = "a valid ISO 8601 duration";

    private const string DateDesignators = "YMWD";

    private const string TimeDesignators = "HMS";

    public static ParseResult<IsoPeriodModel> Read(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var scanner = new TextScanner(Subject, text);
        if (!scanner.Accept('P'))
        {
            string? hint = text.Length > 0 && text[0] == '-' ? "Negative durations are not supported." : CaseHint(text);
            return Fail(scanner, 0, 1, "'P' (a duration such as PT4H or P3D starts with P)", hint);
        }

        var values = new int[7];
        int next = 0;
        bool any = false;
        while (!scanner.AtEnd && scanner.Current != 'T')
        {
            if (!ReadComponent(scanner, DateDesignators, 0, ref next, values))
            {
                return ParseResult<IsoPeriodModel>.Failure(scanner.Error!);
            }

            any = true;
        }

        if (scanner.Accept('T'))
        {
            if (scanner.AtEnd)
            {
                return Fail(scanner, scanner.Position, 0, "a number and H, M or S after 'T'");
            }

            next = 0;
            while (!scanner.AtEnd)
            {
                if (!ReadComponent(scanner, TimeDesignators, 4, ref next, values))
                {
                    return ParseResult<IsoPeriodModel>.Failure(scanner.Error!);
                }
            }

            any = true;
        }

        if (!any)
        {
            return Fail(scanner, scanner.Position, 0, "a number and a unit after 'P', such as P3D or PT4H");
        }

        return ParseResult<IsoPeriodModel>.Success(new IsoPeriodModel(values[0], values[1], values[2], values[3], values[4], values[5], values[6]));
    }

    /// <summary>
    /// One "number designator" pair. <paramref name="next"/> is the index in
    /// <paramref name="designators"/> of the first designator still allowed, which enforces the order.
    /// </summary>
    private static bool ReadComponent(TextScanner scanner, string designators, int offset, ref int next, int[] values)
    {
        int start = scanner.Position;
        if (next >= designators.Length)
        {
            return scanner.Fail(start, offset == 0 ? "'T' and a time part, or end of input, after the days" : "end of input after the seconds");
        }

        long value = 0;
        while (!scanner.AtEnd && TextScanner.IsDigit(scanner.Current))
        {
            value = (value * 10) + (scanner.Current - '0');
            if (value > int.MaxValue)
            {
                return scanner.Fail(start, scanner.TokenLength(start), $"a number no larger than {int.MaxValue}");
            }

            scanner.Position++;
        }

        if (scanner.Position == start)
        {
            string where = offset == 0 ? "a number (then Y, M, W or D), or 'T' and a time part" : "a number (then H, M or S)";
            string? hint = TextScanner.IsLetter(scanner.Current) && char.IsLower(scanner.Current) ? CaseHint(scanner.Text) : null;
            return scanner.Fail(start, 1, where, hint);
        }

        if (scanner.Current == '.' || scanner.Current == ',')
        {
            return scanner.Fail(scanner.Position, 1, "a unit designator after a whole number (fractions are not supported; use a smaller unit, e.g. PT30M for half an hour)");
        }

        int found = scanner.AtEnd ? -1 : designators.IndexOf(scanner.Current, next);
        if (found < 0)
        {
            string allowed = Allowed(designators, next);
            string? hint = null;
            if (offset == 0 && !scanner.AtEnd && (scanner.Current == 'H' || scanner.Current == 'S'))
            {
                hint = "Hours, minutes and seconds follow 'T': did you mean '" + scanner.Text.Insert(1, "T") + "'?";
            }
            else if (!scanner.AtEnd && designators.IndexOf(scanner.Current) >= 0)
            {
                hint = "Units must appear in the order " + (offset == 0 ? "Y, M, W, D" : "H, M, S") + ", each at most once.";
            }
            else if (!scanner.AtEnd && char.IsLower(scanner.Current))
            {
                hint = CaseHint(scanner.Text);
            }

            return scanner.Fail(scanner.Position, scanner.AtEnd ? 0 : 1, "a unit designator " + allowed + " after the number", hint);
        }

        values[offset + found] = (int)value;
        next = found + 1;
        scanner.Position++;
        return true;
    }

    private static string Allowed(string designators, int next)
    {
        var names = designators.Substring(next).Select(c => c.ToString()).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1];
    }

    /// <summary>"Did you mean 'PT4H'?" when upper-casing the input makes it valid.</summary>
    private static string? CaseHint(string text)
    {
        string upper = text.ToUpperInvariant();
        return upper != text && Read(upper).Succeeded ? $"Designators are upper case: did you mean '{upper}'?" : null;
    }

    private static ParseResult<IsoPeriodModel> Fail(TextScanner scanner, int at, int length, string expected, string? hint = null)
    {
        scanner.Fail(at, length, expected, hint);
        return ParseResult<IsoPeriodModel>.Failure(scanner.Error!);
    }
}
