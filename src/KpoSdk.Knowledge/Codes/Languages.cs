namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The ISO 639 languages (every ISO 639-3 individual language and macrolanguage), identified by
/// row (their index in alpha-3 order). A language's code is its ISO 639-1 code where it has
/// one ("de"), else its ISO 639-3 code ("fil"); lookups also accept the ISO 639-3 code of a
/// language that has a 639-1 code ("deu") and the ISO 639-2/B code where it differs ("ger").
/// </summary>
/// <remarks>
/// The four ISO 639-3 special codes (mis uncoded, mul multiple, und undetermined, zxx no
/// linguistic content) are not languages here: none names a language a person can speak or be
/// required to. Collective codes (ISO 639-5, e.g. "afa" Afro-Asiatic) are not in ISO 639-3 and
/// are not accepted either. Extinct, ancient, historical and constructed languages are kept,
/// since legal and research work does involve Latin or Esperanto.
/// </remarks>
internal static partial class Languages
{
    private static readonly LanguageRecord[] s_rows = LanguageTable.Rows;

    // Row per code, -1 for none: direct tables (26² and 26³ entries) beat hashing for 2-3 letters.
    private static readonly short[] s_byAlpha2 = BuildAlpha2Index();
    private static readonly short[] s_byAlpha3 = BuildAlpha3Index();

    /// <summary>The number of languages; rows are 0 to <c>Count - 1</c>.</summary>
    public static int Count => s_rows.Length;

    /// <summary>The code KpoSdk writes: ISO 639-1 ("de") where it exists, else ISO 639-3 ("fil").</summary>
    public static string Code(int row) => s_rows[row].Code;

    /// <summary>The ISO 639-3 code, e.g. "deu".</summary>
    public static string Alpha3(int row) => s_rows[row].Alpha3;

    /// <summary>The ISO 639-1 code, or null when the language has none.</summary>
    public static string? Alpha2(int row) => s_rows[row].Alpha2;

    /// <summary>The ISO 639-2/B code where it differs from the ISO 639-3 code ("ger" for German), else null.</summary>
    public static string? Bibliographic(int row) => s_rows[row].Bibliographic;

    /// <summary>The ISO 639-3 reference name, e.g. "German" or "Malay (macrolanguage)".</summary>
    public static string Name(int row) => s_rows[row].Name;

    /// <summary>Whether the code names one language or a macrolanguage.</summary>
    public static LanguageScope Scope(int row) => s_rows[row].Scope;

    /// <summary>Whether the language is living, extinct, ancient, historical or constructed.</summary>
    public static LanguageType Type(int row) => s_rows[row].Type;

    /// <summary>
    /// Finds a language by a 2-letter ISO 639-1 code or a 3-letter ISO 639-3 or 639-2/B code
    /// (<paramref name="length"/> of <paramref name="c0"/>, <paramref name="c1"/>,
    /// <paramref name="c2"/>), any ASCII case. Returns -1 when unknown.
    /// </summary>
    public static int Find(char c0, char c1, char c2, int length)
    {
        int a = Ascii.LetterIndex(c0), b = Ascii.LetterIndex(c1);
        if ((a | b) < 0)
        {
            return -1;
        }

        if (length == 2)
        {
            return s_byAlpha2[(a * 26) + b];
        }

        int c = Ascii.LetterIndex(c2);
        return length == 3 && c >= 0 ? s_byAlpha3[(((a * 26) + b) * 26) + c] : -1;
    }

    /// <summary>Finds a language by "de", "deu" or "ger" (any case). Never throws.</summary>
    public static bool TryFind(string? text, out int row)
    {
        row = text is null ? -1
            : text.Length == 2 ? Find(text[0], text[1], '\0', 2)
            : text.Length == 3 ? Find(text[0], text[1], text[2], 3)
            : -1;
        return row >= 0;
    }

    private static short[] BuildAlpha2Index()
    {
        var index = NewIndex(26 * 26);
        for (int row = 0; row < LanguageTable.Rows.Length; row++)
        {
            if (LanguageTable.Rows[row].Alpha2 is { } code)
            {
                index[(Ascii.LetterIndex(code[0]) * 26) + Ascii.LetterIndex(code[1])] = (short)row;
            }
        }

        return index;
    }

    private static short[] BuildAlpha3Index()
    {
        var index = NewIndex(26 * 26 * 26);
        for (int row = 0; row < LanguageTable.Rows.Length; row++)
        {
            index[Alpha3Key(LanguageTable.Rows[row].Alpha3)] = (short)row;
            if (LanguageTable.Rows[row].Bibliographic is { } bibliographic)
            {
                index[Alpha3Key(bibliographic)] = (short)row;
            }
        }

        return index;
    }

    private static int Alpha3Key(string code) =>
        (((Ascii.LetterIndex(code[0]) * 26) + Ascii.LetterIndex(code[1])) * 26) + Ascii.LetterIndex(code[2]);

    private static short[] NewIndex(int size)
    {
        var index = new short[size];
        for (int i = 0; i < size; i++)
        {
            index[i] = -1;
        }

        return index;
    }
}
