namespace KpoSdk.Knowledge.Codes;

internal static partial class Languages
{
    /// <summary>The sentence every language-code message ends with.</summary>
    public const string Expected = "Expected an ISO 639-1 code ('en') or, for a language without one, an ISO 639-3 code ('fil'); ISO 639-3 and 639-2/B codes of any language ('eng', 'ger') are accepted too.";

    /// <summary>
    /// The code of the language <paramref name="text"/> most likely means, or null when nothing
    /// is close enough to say. In order: the code itself once trimmed, the language of a tag
    /// ("en-US" → "en"), a common mistake ("jp" → "ja", "iw" → "he"), the one official language
    /// of a country code ("AT" → "de"), and an English name ("English" → "en", "Greek" → "el").
    /// </summary>
    public static string? Suggest(string text) => Suggest(text, out _);

    /// <summary>
    /// <see cref="Suggest(string)"/>, and whether the suggestion is certain, the only language the
    /// text can mean: the code once trimmed, the language of a tag, a listed mistake or withdrawn
    /// code ("jp", "iw"), an exact English name. The official language of a country code ("AT")
    /// and a shortened or misspelt name ("englsh") are guesses.
    /// </summary>
    public static string? Suggest(string text, out bool certain)
    {
        int row = SuggestRow(text, out _, out certain);
        certain &= row >= 0;
        return row >= 0 ? Code(row) : null;
    }

    /// <summary>
    /// The whole message for a language code that <see cref="TryFind"/> rejected, e.g. "Unknown
    /// language code 'jp'. Did you mean 'ja' (Japanese)? Expected ...".
    /// </summary>
    public static string DescribeUnknown(string text)
    {
        if (InputText.ShapeProblem(text, "language code") is { } shape)
        {
            return shape + " " + Expected;
        }

        int row = SuggestRow(text, out bool isTag, out _);
        string quoted = InputText.Quote(text);
        string didYouMean = row >= 0 ? $" Did you mean '{Code(row)}' ({Name(row)})?" : "";
        if (InputText.HasSurroundingWhitespace(text))
        {
            return $"The language code {quoted} has leading or trailing whitespace.{didYouMean} {Expected}";
        }

        if (isTag)
        {
            return $"The language code {quoted} is a language tag with a region or script; a language is its ISO 639 code alone.{didYouMean} {Expected}";
        }

        if (row < 0 && InputText.NonAsciiProblem(text, "language code") is { } nonAscii)
        {
            return nonAscii + " " + Expected;
        }

        return $"Unknown language code {quoted}.{didYouMean} {Expected}";
    }

    private static int SuggestRow(string text, out bool isTag, out bool certain)
    {
        isTag = false;
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

        int separator = trimmed.IndexOfAny(['-', '_']);
        if (separator > 0 && TryFind(trimmed.Substring(0, separator), out row))
        {
            isTag = true;
            return row;
        }

        if (LanguageAliases.Find(trimmed) is { } alias)
        {
            return TryFind(alias, out row) ? row : -1;
        }

        certain = false;
        if (trimmed.Length == 2 && Countries.TryFind(trimmed, out int country))
        {
            row = OnlyOfficialLanguage(country);
            if (row >= 0)
            {
                return row;
            }
        }

        return FindByName(trimmed, out certain);
    }

    /// <summary>The language of a country with exactly one nationwide official language, else -1.</summary>
    private static int OnlyOfficialLanguage(int country)
    {
        int found = -1;
        for (int i = 0; i < Countries.LanguageCount(country); i++)
        {
            if (Countries.LanguageStatusAt(country, i) == LanguageStatus.Official)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = Countries.Language(country, i);
            }
        }

        return found;
    }

    /// <summary>
    /// The language whose name is <paramref name="text"/> (ignoring case and a trailing
    /// "(macrolanguage)"), else the only one whose name starts with it, else the only one closest
    /// within <see cref="EditDistance.MaxTypos"/> typos of a name; <paramref name="exact"/> says
    /// whether a name matched whole.
    /// </summary>
    private static int FindByName(string text, out bool exact)
    {
        exact = true;
        var matcher = new NameMatcher(text);
        for (int row = 0; row < s_rows.Length; row++)
        {
            string name = s_rows[row].Name;
            int paren = name.IndexOf(" (", StringComparison.Ordinal);
            string bare = paren > 0 ? name.Substring(0, paren) : name;
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase) || string.Equals(bare, text, StringComparison.OrdinalIgnoreCase))
            {
                return row;
            }

            matcher.OfferPrefix(row, name);
            matcher.OfferTypo(row, bare);
        }

        exact = false;
        return matcher.Result;
    }
}
