namespace KpoSdk.Knowledge.Text;

/// <summary>
/// A cursor over one input with the helpers every text form shares: blanks, tokens for error
/// messages, and the first error. Blanks are spaces and tabs; nothing else is skipped.
/// </summary>
internal sealed class TextScanner
{
    public TextScanner(string subject, string text)
    {
        Subject = subject;
        Text = text;
    }

    public string Subject { get; }

    public string Text { get; }

    public int Position { get; set; }

    public TextParseError? Error { get; private set; }

    public bool AtEnd => Position >= Text.Length;

    public char Current => AtEnd ? '\0' : Text[Position];

    public static bool IsBlank(char c) => c == ' ' || c == '\t';

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    public void SkipBlanks()
    {
        while (!AtEnd && IsBlank(Text[Position]))
        {
            Position++;
        }
    }

    /// <summary>True, consuming it, when the next character is <paramref name="c"/>.</summary>
    public bool Accept(char c)
    {
        if (Current == c && !AtEnd)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>True, consuming it, when the input continues with <paramref name="word"/> (any case).</summary>
    public bool AcceptWord(string word)
    {
        if (Text.Length - Position >= word.Length
            && string.Compare(Text, Position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
        {
            int after = Position + word.Length;
            if (after == Text.Length || !IsLetter(Text[after]))
            {
                Position = after;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the token at <paramref name="at"/> for an error message: a word, a run of
    /// digits and colons, or a single other character.
    /// </summary>
    public int TokenLength(int at)
    {
        if (at >= Text.Length)
        {
            return 0;
        }

        int end = at + 1;
        char first = Text[at];
        if (IsLetter(first))
        {
            while (end < Text.Length && (IsLetter(Text[end]) || IsDigit(Text[end])))
            {
                end++;
            }
        }
        else if (IsDigit(first))
        {
            while (end < Text.Length && (IsDigit(Text[end]) || Text[end] == ':' || Text[end] == '.'))
            {
                end++;
            }
        }

        return end - at;
    }

    /// <summary>Records the first error at <paramref name="at"/>; always returns false.</summary>
    public bool Fail(int at, string expected, string? hint = null) =>
        Fail(at, TokenLength(at), expected, hint);

    /// <summary>Records the first error over an explicit span; always returns false.</summary>
    public bool Fail(int at, int length, string expected, string? hint = null)
    {
        Error ??= new TextParseError(Subject, Text, at, length, expected, hint);
        return false;
    }
}
