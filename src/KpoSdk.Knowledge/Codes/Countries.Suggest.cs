using System.Globalization;

namespace KpoSdk.Knowledge.Codes;

internal static partial class Countries
{
    /// <summary>
    /// The alpha-2 code of the country <paramref name="text"/> most likely means, or null when
    /// nothing is close enough to say. In order: the code itself once trimmed, a well-known
    /// non-ISO code ("UK" → "GB", "EL" → "GR", "GER" → "DE"), a withdrawn ISO 3166-3 code with
    /// exactly one current successor ("ZR" → "CD"), a numeric code written without its leading
    /// zeros ("4" → "AF"), a country name ("Germany" → "DE"), and an alpha-3 code one typo
    /// away from exactly one country ("UAS" → "US").
    /// </summary>
    public static string? Suggest(string text) => Suggest(text, out _);

    /// <summary>
    /// <see cref="Suggest(string)"/>, and whether the suggestion is certain: the only country the
    /// text can mean (the code once trimmed, a synonym such as "UK", the one successor of a
    /// withdrawn code, the number without its zeros, an exact name) rather than a guess from a
    /// shortened or misspelt name or code, or from a part of the country ("Scotland").
    /// </summary>
    public static string? Suggest(string text, out bool certain)
    {
        int row = SuggestRow(text, out _, out certain);
        certain &= row >= 0;
        return row >= 0 ? Alpha2(row) : null;
    }

    /// <summary>
    /// The row <see cref="Suggest(string)"/> stands for (-1 for none), and the withdrawn ISO 3166-3 entry
    /// the text named, if any, so a message can say the code was withdrawn.
    /// </summary>
    internal static int SuggestRow(string text, out WithdrawnCountryRecord? withdrawn) => SuggestRow(text, out withdrawn, out _);

    /// <summary><see cref="SuggestRow(string, out WithdrawnCountryRecord?)"/>, and whether the row is certain (see <see cref="Suggest(string, out bool)"/>).</summary>
    internal static int SuggestRow(string text, out WithdrawnCountryRecord? withdrawn, out bool certain)
    {
        withdrawn = null;
        certain = true;
        string trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > InputText.MaxQuoted)
        {
            return -1;
        }

        if (TryFind(trimmed, out int row))
        {
            return row;
        }

        if (CountryAliases.Find(trimmed, out certain) is { } alias)
        {
            return Find(alias[0], alias[1], '\0', 2);
        }

        certain = true;
        withdrawn = FindWithdrawn(trimmed);
        if (withdrawn is { } w)
        {
            return w.Successor is { } successor ? Find(successor[0], successor[1], '\0', 2) : -1;
        }

        if (trimmed.Length < 3 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out int numeric))
        {
            return FindByNumeric(numeric);
        }

        row = FindByName(trimmed, out certain);
        if (row >= 0)
        {
            return row;
        }

        certain = false;
        return FindAlpha3Typo(trimmed);
    }

    private static WithdrawnCountryRecord? FindWithdrawn(string text)
    {
        bool numeric = text.Length == 3 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        foreach (var w in WithdrawnCountryTable.Rows)
        {
            string code = numeric ? w.Numeric.ToString("D3", CultureInfo.InvariantCulture) : text.Length == 2 ? w.Alpha2 : w.Alpha3;
            if (Ascii.EqualsIgnoreCase(code, text))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// A country whose short, official or common name is <paramref name="text"/> (ignoring case
    /// and a leading "the"), else the only one whose name starts with it ("Russia"), else the
    /// only one closest within <see cref="EditDistance.MaxTypos"/> typos of a name ("Germny");
    /// <paramref name="exact"/> says whether a name matched whole.
    /// </summary>
    private static int FindByName(string text, out bool exact)
    {
        exact = true;
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(4);
        }

        var matcher = new NameMatcher(text);
        for (int row = 0; row < Count; row++)
        {
            foreach (string? name in Names(row))
            {
                if (name is null)
                {
                    continue;
                }

                string bare = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name.Substring(4) : name;
                if (string.Equals(bare, text, StringComparison.OrdinalIgnoreCase))
                {
                    return row;
                }

                matcher.OfferPrefix(row, bare);
                matcher.OfferTypo(row, bare);
            }
        }

        exact = false;
        return matcher.Result;
    }

    private static string?[] Names(int row) => [s_rows[row].Name, s_rows[row].OfficialName, s_rows[row].CommonName];

    /// <summary>The only country whose alpha-3 code is one typo (including a swap) from <paramref name="text"/>.</summary>
    private static int FindAlpha3Typo(string text)
    {
        if (text.Length != 3 || Ascii.LetterIndex(text[0]) < 0 || Ascii.LetterIndex(text[1]) < 0 || Ascii.LetterIndex(text[2]) < 0)
        {
            return -1;
        }

        int found = -1;
        for (int row = 0; row < Count; row++)
        {
            if (EditDistance.Between(text, s_rows[row].Alpha3, 1) == 1)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = row;
            }
        }

        return found;
    }
}
