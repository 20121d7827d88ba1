namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The ISO 3166-2 subdivisions, identified by row (their index in code order, so a country's
/// subdivisions are contiguous), and their lookup by country and the code part after '-'.
/// </summary>
internal static class Subdivisions
{
    private const int CountryShift = 21;

    private static readonly SubdivisionRecord[] s_rows = SubdivisionTable.Rows;

    // Key of each row: country row above 21 bits, then the suffix's characters, 7 bits each
    // (upper case, 0 for absent ones). Code order is key order, so the keys are sorted for
    // binary search.
    private static readonly int[] s_keys = BuildKeys();
    private static readonly int[] s_firstOfCountry = BuildFirstOfCountry();
    private static readonly int[] s_parents = BuildParents();

    /// <summary>The number of subdivisions; rows are 0 to <c>Count - 1</c>.</summary>
    public static int Count => s_rows.Length;

    /// <summary>The full code, e.g. "US-NY".</summary>
    public static string Code(int row) => s_rows[row].Code;

    /// <summary>The ISO 3166-2 name, in the romanisation ISO gives, e.g. "Bādghīs".</summary>
    public static string Name(int row) => s_rows[row].Name;

    /// <summary>The ISO 3166-2 category, e.g. "State" or "Autonomous republic".</summary>
    public static string Type(int row) => s_rows[row].Type;

    /// <summary>The country row the subdivision belongs to.</summary>
    public static int CountryOf(int row) => s_keys[row] >> CountryShift;

    /// <summary>The row of the enclosing subdivision (e.g. GB-SCT for GB-ABD), or -1 when it is top-level.</summary>
    public static int Parent(int row) => s_parents[row];

    /// <summary>True when <paramref name="row"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsWithin(int row, int ancestor)
    {
        for (int current = row; current >= 0; current = s_parents[current])
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first subdivision row of a country; with <see cref="CountOf"/> the country's range of rows.</summary>
    public static int FirstOf(int countryRow) => s_firstOfCountry[countryRow];

    /// <summary>The number of subdivisions of a country (0 for many small territories).</summary>
    public static int CountOf(int countryRow) => s_firstOfCountry[countryRow + 1] - s_firstOfCountry[countryRow];

    /// <summary>
    /// Finds the subdivision of a country by the part of its code after '-': 1 to 3 ASCII
    /// letters or digits (<paramref name="suffixLength"/> of <paramref name="c0"/>,
    /// <paramref name="c1"/>, <paramref name="c2"/>), any case. Returns -1 when unknown.
    /// </summary>
    public static int Find(int countryRow, char c0, char c1, char c2, int suffixLength)
    {
        if ((uint)countryRow >= Countries.Count || suffixLength < 1 || suffixLength > 3)
        {
            return -1;
        }

        int s0 = SuffixChar(c0);
        int s1 = suffixLength > 1 ? SuffixChar(c1) : 0;
        int s2 = suffixLength > 2 ? SuffixChar(c2) : 0;
        if (s0 <= 0 || s1 < 0 || s2 < 0 || (suffixLength > 1 && s1 == 0) || (suffixLength > 2 && s2 == 0))
        {
            return -1;
        }

        int key = (countryRow << CountryShift) | (s0 << 14) | (s1 << 7) | s2;
        int lo = s_firstOfCountry[countryRow], hi = s_firstOfCountry[countryRow + 1] - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int k = s_keys[mid];
            if (k == key)
            {
                return mid;
            }

            if (k < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Finds a subdivision by its full code ("US-NY", any case); -1 when unknown.</summary>
    public static int FindCode(string code)
    {
        if (code.Length < 4 || code.Length > 6 || code[2] != '-')
        {
            return -1;
        }

        int country = Countries.Find(code[0], code[1], '\0', 2);
        int n = code.Length - 3;
        return country < 0 ? -1 : Find(country, code[3], n > 1 ? code[4] : '\0', n > 2 ? code[5] : '\0', n);
    }

    /// <summary>The upper-case ASCII letter or digit; 0 for none; -1 for a character no code has.</summary>
    private static int SuffixChar(char c) => Ascii.AlphanumericIndex(c) < 0 ? -1 : Ascii.ToUpper(c);

    private static int[] BuildKeys()
    {
        var rows = SubdivisionTable.Rows;
        var keys = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            string code = rows[i].Code;
            int country = Countries.Find(code[0], code[1], '\0', 2);
            int key = country << CountryShift;
            for (int j = 3; j < code.Length; j++)
            {
                key |= code[j] << (7 * (5 - j));
            }

            keys[i] = key;
        }

        return keys;
    }

    private static int[] BuildParents()
    {
        var rows = SubdivisionTable.Rows;
        var parents = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            parents[i] = rows[i].Parent is { } parent ? FindCode(parent) : -1;
        }

        return parents;
    }

    /// <summary>For each country row, its first subdivision row; entry <c>Count</c> ends the last range.</summary>
    private static int[] BuildFirstOfCountry()
    {
        var first = new int[Countries.Count + 1];
        int row = 0;
        for (int country = 0; country <= Countries.Count; country++)
        {
            while (row < s_keys.Length && (s_keys[row] >> CountryShift) < country)
            {
                row++;
            }

            first[country] = row;
        }

        return first;
    }
}
