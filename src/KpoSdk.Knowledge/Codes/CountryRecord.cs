namespace KpoSdk.Knowledge.Codes;

/// <summary>One row of the generated ISO 3166-1 table.</summary>
internal readonly struct CountryRecord(string alpha2, string alpha3, int numeric, string name, string? officialName, string? commonName)
{
    public string Alpha2 { get; } = alpha2;

    public string Alpha3 { get; } = alpha3;

    public int Numeric { get; } = numeric;

    /// <summary>The ISO 3166-1 English short name, e.g. "Korea, Republic of".</summary>
    public string Name { get; } = name;

    /// <summary>The formal name, e.g. "United States of America"; null when it is the short name.</summary>
    public string? OfficialName { get; } = officialName;

    /// <summary>The name in common use where it differs from ISO's, e.g. "South Korea"; otherwise null.</summary>
    public string? CommonName { get; } = commonName;
}
