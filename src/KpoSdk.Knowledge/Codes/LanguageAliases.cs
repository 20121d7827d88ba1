namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Text people write for a language that is not its code, each with the code they mean. Only
/// for "did you mean" suggestions: none of them is ever accepted as a language.
/// </summary>
/// <remarks>
/// "kr" (Korea's country code) is not here although people write it for Korean: it is the
/// valid ISO 639-1 code of Kanuri, so it is accepted as Kanuri. The same goes for "se" and "br".
/// </remarks>
internal static class LanguageAliases
{
    private static readonly (string Text, string Code)[] s_aliases =
    [
        // Country codes written for the language of the country.
        ("jp", "ja"), ("cn", "zh"), ("gr", "el"), ("dk", "da"), ("ua", "uk"), ("cz", "cs"), ("vn", "vi"),
        ("sp", "es"),
        // ISO 639-1 codes withdrawn in 1989 and 2008.
        ("iw", "he"), ("in", "id"), ("ji", "yi"), ("jw", "jv"), ("mo", "ro"),
        // English names that differ from the ISO 639-3 reference name.
        ("Greek", "el"), ("Farsi", "fa"), ("Flemish", "nl"), ("Moldovan", "ro"), ("Castilian", "es"), ("Bangla", "bn"),
        ("Malay", "ms"), ("Swahili", "sw"), ("Mandarin", "zh"),
    ];

    /// <summary>The language code meant by <paramref name="text"/> (ASCII case ignored), or null.</summary>
    public static string? Find(string text)
    {
        foreach (var (alias, code) in s_aliases)
        {
            if (Ascii.EqualsIgnoreCase(alias, text))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Every alias and the code it means, for tests.</summary>
    public static IReadOnlyList<(string Text, string Code)> All => s_aliases;
}
