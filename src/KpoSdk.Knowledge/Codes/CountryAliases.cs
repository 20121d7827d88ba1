namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Codes people write for a country that are not its ISO 3166-1 code, each with the code they
/// mean. Only for "did you mean" suggestions: none of them is ever accepted as a country.
/// </summary>
internal static class CountryAliases
{
    private static readonly (string Text, string Alpha2)[] s_aliases =
    [
        // Exceptionally reserved in ISO 3166-1 for a territory that has no code of its own.
        ("UK", "GB"), ("AC", "SH"), ("TA", "SH"), ("CP", "FR"), ("DG", "IO"), ("EA", "ES"), ("IC", "ES"),
        // The European Union's own abbreviation for Greece.
        ("EL", "GR"),
        // Olympic (IOC) and football codes that are not ISO alpha-3 codes; an edit-distance
        // guess would pick the wrong country for several of them ("GER" is one edit from "GEO").
        ("GER", "DE"), ("SUI", "CH"), ("NED", "NL"), ("DEN", "DK"), ("POR", "PT"), ("CRO", "HR"),
        ("GRE", "GR"), ("RSA", "ZA"), ("UAE", "AE"), ("KSA", "SA"), ("ENG", "GB"), ("SCO", "GB"),
        ("WAL", "GB"), ("INA", "ID"), ("MAS", "MY"), ("PHI", "PH"), ("VIE", "VN"), ("TPE", "TW"),
        ("IRI", "IR"), ("ALG", "DZ"), ("NGR", "NG"), ("CHI", "CL"), ("LAT", "LV"), ("SLO", "SI"),
        ("BUL", "BG"),
    ];

    /// <summary>The alpha-2 code meant by <paramref name="text"/> (any case), or null.</summary>
    public static string? Find(string text)
    {
        foreach (var (alias, alpha2) in s_aliases)
        {
            if (Ascii.EqualsIgnoreCase(alias, text))
            {
                return alpha2;
            }
        }

        return null;
    }

    /// <summary>Every alias and the code it means, for tests.</summary>
    public static IReadOnlyList<(string Text, string Alpha2)> All => s_aliases;
}
