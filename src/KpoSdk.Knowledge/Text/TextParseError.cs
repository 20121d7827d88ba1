using System.Globalization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The first error found in a text form (weekly hours, ISO 8601 duration, clock time): where it
/// is, what was found there and what was expected. The analyzers use <see cref="Position"/> and
/// <see cref="Length"/> to underline the exact characters inside a string literal; the runtime
/// throws <see cref="FormatException"/> with <see cref="Message"/>, so both say the same thing.
/// </summary>
internal sealed class TextParseError
{
    private string? _message;

    public TextParseError(string subject, string input, int position, int length, string expected, string? hint = null)
    {
        Subject = subject;
        Input = input;
        Position = position;
        Length = length;
        Expected = expected;
        Hint = hint;
        Found = Describe(input, position, length);
    }

    /// <summary>What the text is not, as the phrase after "is not": "valid weekly hours", "a valid ISO 8601 duration".</summary>
    public string Subject { get; }

    /// <summary>The whole input as given.</summary>
    public string Input { get; }

    /// <summary>0-based index of the first offending character (the input's length at its end).</summary>
    public int Position { get; }

    /// <summary>How many characters the offending token spans (0 at the end of the input).</summary>
    public int Length { get; }

    /// <summary>What was expected at <see cref="Position"/>, e.g. "a day name such as 'Mon'".</summary>
    public string Expected { get; }

    /// <summary>The offending token quoted (its first characters when long), or "end of input".</summary>
    public string Found { get; }

    /// <summary>A suggested correction ("did you mean 'Mon'?"), or null.</summary>
    public string? Hint { get; }

    /// <summary>
    /// The full message: input (its first <see cref="InputText.MaxQuotedText"/> characters and its
    /// length when longer), position, what was found and what was expected.
    /// </summary>
    public string Message => _message ?? string.Format(
            CultureInfo.InvariantCulture,
            "{0} is not {1}: expected {2} at position {3}, found {4}.{5}",
            Input.Length > InputText.MaxQuotedText
                ? InputText.Quote(Input, InputText.MaxQuotedText) + " (" + Input.Length.ToString(CultureInfo.InvariantCulture) + " characters)"
                : InputText.Quote(Input, InputText.MaxQuotedText),
            Subject,
            Expected,
            Position,
            Found,
            Hint is null ? string.Empty : " " + Hint);

    /// <summary>An error whose message says more than "expected X at position N" can (a limit that depends on another value).</summary>
    public static TextParseError WithMessage(string subject, string input, int position, int length, string message) =>
        new(subject, input, position, length, message, null) { _message = message };

    public override string ToString() => Message;

    private static string Describe(string input, int position, int length) =>
        position >= input.Length ? "end of input" : InputText.Quote(input, position, Math.Min(length, input.Length - position), InputText.MaxQuoted);
}
