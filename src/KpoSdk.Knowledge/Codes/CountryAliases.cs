namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Codes and names people write for a country that are not its ISO 3166-1 code or name, each
/// with the code they mean, and codes that name no country. Only for "did you mean"
/// suggestions: none of them is ever accepted as a country.
/// </summary>
internal static class CountryAliases
{
    // Another code or name of the same whole country: a code fix may apply it unasked.
    private static readonly (string Text, string Alpha2)[] s_synonyms =
    [
        // Exceptionally reserved in ISO 3166-1 for the United Kingdom.
        ("UK", "GB"),
        // The European Union's own abbreviation for Greece.
        ("EL", "GR"),
        // Olympic (IOC) and football codes that are not ISO alpha-3 codes; an edit-distance
        // guess would pick the wrong country for several of them ("GER" is one edit from "GEO").
        ("GER", "DE"), ("SUI", "CH"), ("NED", "NL"), ("DEN", "DK"), ("POR", "PT"), ("CRO", "HR"),
        ("GRE", "GR"), ("RSA", "ZA"), ("UAE", "AE"), ("KSA", "SA"), ("INA", "ID"), ("MAS", "MY"),
        ("PHI", "PH"), ("VIE", "VN"), ("TPE", "TW"), ("IRI", "IR"), ("ALG", "DZ"), ("NGR", "NG"),
        ("CHI", "CL"), ("LAT", "LV"), ("SLO", "SI"), ("BUL", "BG"),
        // English names in common use that ISO 3166-1 does not give.
        ("Turkey", "TR"), ("Burma", "MM"), ("Ivory Coast", "CI"), ("Swaziland", "SZ"), ("Macedonia", "MK"),
        ("Great Britain", "GB"), ("Britain", "GB"), ("East Timor", "TL"), ("Cape Verde", "CV"),
    ];

    // A part of the country, or a name that may mean more than it: the country is the likely
    // answer, but not the only one (Scotland has its own law and subdivision code, GB-SCT), so a
    // code fix offers it as a suggestion only.
    private static readonly (string Text, string Alpha2)[] s_parts =
    [
        // Exceptionally reserved in ISO 3166-1 for a territory that has no code of its own.
        ("AC", "SH"), ("TA", "SH"), ("CP", "FR"), ("DG", "IO"), ("EA", "ES"), ("IC", "ES"),
        // Football codes of the home nations.
        ("ENG", "GB"), ("SCO", "GB"), ("WAL", "GB"),
        ("Holland", "NL"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"), ("Northern Ireland", "GB"),
        ("America", "US"),
    ];

    private static readonly (string Text, string Note)[] s_notCountries =
    [
        ("XK", "Kosovo has no ISO 3166-1 code; 'XK' is a user-assigned code outside the standard"),
        ("XKX", "Kosovo has no ISO 3166-1 code; 'XKX' is a user-assigned code outside the standard"),
        ("EU", "'EU' is reserved for the European Union, which is not a country"),
        ("EZ", "'EZ' is reserved for the eurozone, which is not a country"),
        ("UN", "'UN' is reserved for the United Nations, which is not a country"),
    ];

    /// <summary>
    /// The alpha-2 code meant by <paramref name="text"/> (ASCII case ignored), or null;
    /// <paramref name="synonym"/> says whether the alias names that whole country and nothing else.
    /// </summary>
    public static string? Find(string text, out bool synonym)
    {
        synonym = true;
        foreach (var (alias, alpha2) in s_synonyms)
        {
            if (Ascii.EqualsIgnoreCase(alias, text))
            {
                return alpha2;
            }
        }

        synonym = false;
        foreach (var (alias, alpha2) in s_parts)
        {
            if (Ascii.EqualsIgnoreCase(alias, text))
            {
                return alpha2;
            }
        }

        return null;
    }

    /// <summary>Why <paramref name="text"/> (ASCII case ignored) is a code but no country, or null.</summary>
    public static string? NotACountry(string text)
    {
        foreach (var (code, note) in s_notCountries)
        {
            if (Ascii.EqualsIgnoreCase(code, text))
            {
                return note;
            }
        }

        return null;
    }

    /// <summary>Every alias and the code it means, for tests.</summary>
    public static IReadOnlyList<(string Text, string Alpha2)> All => [.. s_synonyms, .. s_parts];
}
