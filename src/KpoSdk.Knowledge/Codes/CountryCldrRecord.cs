namespace KpoSdk.Knowledge.Codes;

/// <summary>One row of the generated CLDR table: a country's weekend and its languages with an official status.</summary>
internal readonly struct CountryCldrRecord(string alpha2, byte weekendMask, string[] official, string[] deFactoOfficial, string[] officialRegional)
{
    /// <summary>The country's alpha-2 code, so a misaligned table cannot go unnoticed.</summary>
    public string Alpha2 { get; } = alpha2;

    /// <summary>Bit <c>d - 1</c> is set when ISO day <c>d</c> (Monday = 1 … Sunday = 7) is a weekend day.</summary>
    public byte WeekendMask { get; } = weekendMask;

    /// <summary>Language codes official nationwide, by descending population share.</summary>
    public string[] Official { get; } = official;

    /// <summary>Language codes official in practice but not in law, by descending population share.</summary>
    public string[] DeFactoOfficial { get; } = deFactoOfficial;

    /// <summary>Language codes official in a region only, by descending population share.</summary>
    public string[] OfficialRegional { get; } = officialRegional;
}
