namespace KpoSdk.Knowledge.Codes;

/// <summary>One row of the generated ISO 3166-3 table of withdrawn country codes.</summary>
internal readonly struct WithdrawnCountryRecord(string alpha2, string alpha3, int numeric, string name, string withdrawn, string? successor)
{
    public string Alpha2 { get; } = alpha2;

    public string Alpha3 { get; } = alpha3;

    /// <summary>The former numeric code, or 0 when it had none.</summary>
    public int Numeric { get; } = numeric;

    public string Name { get; } = name;

    /// <summary>The withdrawal date as ISO 3166-3 gives it: a year or a full date.</summary>
    public string Withdrawn { get; } = withdrawn;

    /// <summary>The alpha-2 code of the one current country that replaced it, or null when there is none or several.</summary>
    public string? Successor { get; } = successor;
}
