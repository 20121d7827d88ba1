using System.Globalization;
using System.Text;

namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Shared pieces of the "unknown code" messages: quoting the input safely and naming what is
/// wrong with its shape before looking at its content.
/// </summary>
internal static class InputText
{
    /// <summary>Longest code quoted whole; longer input is cut there and its length stated.</summary>
    public const int MaxQuoted = 40;

    /// <summary>Longest text form (weekly hours, a duration, an iCalendar line, a JSON value) quoted whole.</summary>
    public const int MaxQuotedText = 100;

    /// <summary>
    /// The input in single quotes, cut to <see cref="MaxQuoted"/> characters with an ellipsis,
    /// control characters written as <c>\uXXXX</c> so a message never breaks lines.
    /// </summary>
    public static string Quote(string text) => Quote(text, 0, text.Length, MaxQuoted);

    /// <summary>Like <see cref="Quote(string)"/>, cut to <paramref name="maxLength"/> characters.</summary>
    public static string Quote(string text, int maxLength) => Quote(text, 0, text.Length, maxLength);

    /// <summary>
    /// The <paramref name="length"/> characters of <paramref name="text"/> from
    /// <paramref name="start"/> in single quotes, cut to <paramref name="maxLength"/> characters
    /// with an ellipsis (never between the halves of a surrogate pair), control characters
    /// written as <c>\uXXXX</c>. Every message that quotes input goes through here, so none
    /// can grow with the input: a 1 MB argument is quoted as its first characters.
    /// </summary>
    public static string Quote(string text, int start, int length, int maxLength)
    {
        int shown = Math.Min(length, maxLength);
        if (shown < length && shown > 0 && char.IsHighSurrogate(text[start + shown - 1]))
        {
            shown--;
        }

        var quoted = new StringBuilder(shown + 3).Append('\'');
        for (int i = start; i < start + shown; i++)
        {
            char c = text[i];
            if (char.IsControl(c))
            {
                quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                quoted.Append(c);
            }
        }

        if (shown < length)
        {
            quoted.Append('…');
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary>
    /// The sentence describing a shape problem of <paramref name="text"/> that no lookup can fix
    /// (null, empty, only whitespace, too long), or null when the shape is plausible.
    /// <paramref name="what"/> names the expected thing, e.g. "country code".
    /// </summary>
    public static string? ShapeProblem(string? text, string what)
    {
        if (text is null)
        {
            return $"The {what} is null.";
        }

        if (text.Length == 0)
        {
            return $"The {what} is empty.";
        }

        if (IsWhitespace(text))
        {
            return $"The {what} {Quote(text)} is only whitespace.";
        }

        if (text.Length > MaxQuoted)
        {
            return $"Unknown {what} {Quote(text)} ({text.Length.ToString(CultureInfo.InvariantCulture)} characters).";
        }

        return null;
    }

    /// <summary>The sentence naming the first non-ASCII character of <paramref name="text"/>, or null when it is all ASCII.</summary>
    public static string? NonAsciiProblem(string text, string what)
    {
        foreach (char c in text)
        {
            if (c > '\u007F')
            {
                return $"The {what} {Quote(text)} contains the non-ASCII character '{c}' (U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}); codes are ASCII letters and digits.";
            }
        }

        return null;
    }

    public static bool HasSurroundingWhitespace(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]));

    private static bool IsWhitespace(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
