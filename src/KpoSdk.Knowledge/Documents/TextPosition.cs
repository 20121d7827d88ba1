namespace KpoSdk.Documents;

/// <summary>
/// A 1-based line and column in a text, the column counted in UTF-16 code units as compilers and
/// SARIF (its default <c>columnKind</c>) count them. Lines end at <c>\n</c>, <c>\r\n</c> or <c>\r</c>.
/// </summary>
internal readonly struct TextPosition
{
    public TextPosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The position of the character at <paramref name="offset"/> (clamped to the text).</summary>
    public static TextPosition Of(string text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new TextPosition(line, offset - lineStart + 1);
    }
}
