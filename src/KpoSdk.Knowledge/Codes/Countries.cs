namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The ISO 3166-1 countries, identified by row (their index in alpha-2 order), and the code
/// lookups every text form of a country goes through. Lookups are ASCII case-insensitive and
/// allocate nothing.
/// </summary>
internal static partial class Countries
{
    /// <summary>The number of ISO 3166-1 countries; rows are 0 to <c>Count - 1</c>.</summary>
    public const int Count = CountryTable.Count;

    private const byte None = byte.MaxValue;

    private static readonly CountryRecord[] s_rows = CountryTable.Rows;

    // Row + 0 per code, byte.MaxValue for none: 249 rows fit a byte, and the tables stay small
    // enough (26², 26³ and 1000 bytes) to index directly instead of hashing.
    private static readonly byte[] s_byAlpha2 = BuildIndex(26 * 26, r => Alpha2Key(r.Alpha2[0], r.Alpha2[1]));
    private static readonly byte[] s_byAlpha3 = BuildIndex(26 * 26 * 26, r => Alpha3Key(r.Alpha3[0], r.Alpha3[1], r.Alpha3[2]));
    private static readonly byte[] s_byNumeric = BuildIndex(1000, r => r.Numeric);

    /// <summary>The upper-case alpha-2 code, e.g. "US".</summary>
    public static string Alpha2(int row) => s_rows[row].Alpha2;

    /// <summary>The upper-case alpha-3 code, e.g. "USA".</summary>
    public static string Alpha3(int row) => s_rows[row].Alpha3;

    /// <summary>The ISO numeric code, e.g. 840; formatted with three digits ("004") in text.</summary>
    public static int Numeric(int row) => s_rows[row].Numeric;

    /// <summary>The ISO 3166-1 English short name, e.g. "United States".</summary>
    public static string Name(int row) => s_rows[row].Name;

    /// <summary>The formal name where ISO gives one ("United States of America"), else <see cref="Name"/>.</summary>
    public static string OfficialName(int row) => s_rows[row].OfficialName ?? s_rows[row].Name;

    /// <summary>The name in common use where it differs from ISO's ("South Korea"), else <see cref="Name"/>.</summary>
    public static string CommonName(int row) => s_rows[row].CommonName ?? s_rows[row].Name;

    /// <summary>
    /// Finds a country by code. With <paramref name="length"/> 2, <paramref name="c0"/> and
    /// <paramref name="c1"/> are an alpha-2 code; with 3, the three characters are an alpha-3
    /// code or a three-digit numeric code. Any ASCII case. Returns -1 when unknown.
    /// </summary>
    public static int Find(char c0, char c1, char c2, int length)
    {
        if (length == 2)
        {
            int key = Alpha2Key(c0, c1);
            return key < 0 ? -1 : Row(s_byAlpha2[key]);
        }

        if (length == 3)
        {
            int d0 = Ascii.DigitValue(c0);
            if (d0 >= 0)
            {
                int d1 = Ascii.DigitValue(c1), d2 = Ascii.DigitValue(c2);
                return d1 < 0 || d2 < 0 ? -1 : Row(s_byNumeric[(d0 * 100) + (d1 * 10) + d2]);
            }

            int key = Alpha3Key(c0, c1, c2);
            return key < 0 ? -1 : Row(s_byAlpha3[key]);
        }

        return -1;
    }

    /// <summary>Finds a country by its ISO numeric code (e.g. 840); -1 when no current country has it.</summary>
    public static int FindByNumeric(int numeric) => (uint)numeric < 1000u ? Row(s_byNumeric[numeric]) : -1;

    /// <summary>
    /// Finds a country by alpha-2 ("US"), alpha-3 ("USA") or numeric code ("840"), any ASCII
    /// case. A numeric code must have exactly three digits, as ISO writes it ("004", not "4").
    /// Never throws.
    /// </summary>
    public static bool TryFind(string? text, out int row)
    {
        row = -1;
        if (text is null)
        {
            return false;
        }

        if (text.Length == 2)
        {
            row = Find(text[0], text[1], '\0', 2);
        }
        else if (text.Length == 3)
        {
            row = Find(text[0], text[1], text[2], 3);
        }

        return row >= 0;
    }

    private static int Row(byte entry) => entry == None ? -1 : entry;

    private static int Alpha2Key(char c0, char c1)
    {
        int a = Ascii.LetterIndex(c0), b = Ascii.LetterIndex(c1);
        return (a | b) < 0 ? -1 : (a * 26) + b;
    }

    private static int Alpha3Key(char c0, char c1, char c2)
    {
        int a = Ascii.LetterIndex(c0), b = Ascii.LetterIndex(c1), c = Ascii.LetterIndex(c2);
        return (a | b | c) < 0 ? -1 : (((a * 26) + b) * 26) + c;
    }

    private static byte[] BuildIndex(int size, Func<CountryRecord, int> key)
    {
        var index = new byte[size];
        for (int i = 0; i < size; i++)
        {
            index[i] = None;
        }

        for (int row = 0; row < CountryTable.Rows.Length; row++)
        {
            index[key(CountryTable.Rows[row])] = (byte)row;
        }

        return index;
    }
}
