namespace KpoSdk.Knowledge.Text;

/// <summary>
/// A wall-clock time <c>HH:mm</c> (one- or two-digit hour, two-digit minutes, no seconds) as
/// minutes since midnight. <c>24:00</c> is accepted only where the caller allows an end of day.
/// </summary>
internal static class ClockTimeText
{
    public const string Subject = "a valid clock time";

    /// <summary>Parses without throwing; the value is minutes since midnight (0 to 1439, or 1440).</summary>
    public static ParseResult<int?> Read(string text, bool allowEndOfDay = false)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var scanner = new TextScanner(Subject, text);
        if (!HoursParser.ParseTime(scanner, allowEndOfDay, out int minutes))
        {
            return ParseResult<int?>.Failure(scanner.Error!);
        }

        if (!scanner.AtEnd)
        {
            scanner.Fail(scanner.Position, "end of input after HH:mm");
            return ParseResult<int?>.Failure(scanner.Error!);
        }

        return ParseResult<int?>.Success(minutes);
    }

    public static string Format(int minutes) => HoursFormatter.FormatTime(minutes);
}
