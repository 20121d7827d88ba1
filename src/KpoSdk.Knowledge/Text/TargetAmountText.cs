using System.Globalization;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The amount of a contract's response or resolution time: an <see cref="IsoPeriodText"/> duration
/// that is positive and either time units only (<c>PT4H</c>, <c>PT1H30M</c>: business or elapsed
/// time) or days only (<c>P3D</c>: business or calendar days). Weeks, months and years are
/// rejected because their length in business time would be a guess, and so is a mix of days and
/// hours. Errors point at the offending component, so the analyzer underlines it in the literal.
/// </summary>
internal static class TargetAmountText
{
    public const string Subject = "a valid response or resolution time";

    /// <summary>The largest time amount in seconds: NodaTime's <c>Duration</c> reaches 2^24 days.</summary>
    public const long MaxSeconds = ((1L << 24) * 86_400L) - 1;

    public static ParseResult<IsoPeriodModel> Read(string text)
    {
        var parsed = IsoPeriodText.Read(text);
        if (!parsed.Succeeded)
        {
            return parsed;
        }

        var amount = parsed.Value;
        if (amount.Years != 0 || amount.Months != 0 || amount.Weeks != 0)
        {
            char designator = amount.Years != 0 ? 'Y' : amount.Months != 0 ? 'M' : 'W';
            var (start, length) = Component(text, designator);
            // The reason goes into the hint, not into "expected", so that the message reads
            // "expected days or time units at position 1, found '1W'. Years, months and weeks …".
            string hint = "Years, months and weeks have no fixed length in business time."
                + (amount.Weeks != 0 && amount.Years == 0 && amount.Months == 0 && !amount.HasTimeUnits
                    ? string.Format(CultureInfo.InvariantCulture, " Did you mean 'P{0}D' ({0} business days) or, on the calendar clock, 'P{1}D'?", (long)amount.Weeks * 5 + amount.Days, (long)amount.Weeks * 7 + amount.Days)
                    : string.Empty);
            return Fail(text, start, length, "days ('P10D') or time units ('PT4H')", hint);
        }

        if (amount.IsZero)
        {
            return Fail(text, 0, text.Length, "an amount greater than zero, such as PT4H or P3D");
        }

        if (amount.Days != 0 && amount.HasTimeUnits)
        {
            int t = text.IndexOf('T');
            return Fail(text, t, text.Length - t, "days ('P1D') or time units ('PT4H'), not both", "Write the whole amount in hours, e.g. 'PT28H', or in days.");
        }

        long seconds = (amount.Hours * 3600L) + (amount.Minutes * 60L) + amount.Seconds;
        if (seconds > MaxSeconds)
        {
            return Fail(text, 0, text.Length, string.Format(CultureInfo.InvariantCulture, "at most {0} seconds of time", MaxSeconds));
        }

        return parsed;
    }

    /// <summary>The span of the number and designator of the date component <paramref name="designator"/> (Y, M or W, before any T).</summary>
    private static (int Start, int Length) Component(string text, char designator)
    {
        int end = text.IndexOf('T');
        int at = text.IndexOf(designator);
        if (at < 0 || (end >= 0 && at > end))
        {
            return (0, text.Length);
        }

        int start = at;
        while (start > 1 && TextScanner.IsDigit(text[start - 1]))
        {
            start--;
        }

        return (start, at - start + 1);
    }

    private static ParseResult<IsoPeriodModel> Fail(string text, int start, int length, string expected, string? hint = null) =>
        ParseResult<IsoPeriodModel>.Failure(new TextParseError(Subject, text, start, length, expected, hint));
}
