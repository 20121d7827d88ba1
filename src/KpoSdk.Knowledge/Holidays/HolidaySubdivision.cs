namespace KpoSdk.Knowledge.Holidays;

/// <summary>A subdivision's part of a country file: the national holidays it excludes and its own (an own one with a national id replaces that national one).</summary>
internal sealed class HolidaySubdivision(string code, string name, IReadOnlyList<string> excluded, IReadOnlyList<HolidayDefinition> holidays)
{
    /// <summary>The ISO 3166-2 code, e.g. "US-CA".</summary>
    public string Code { get; } = code;

    public string Name { get; } = name;

    /// <summary>Ids of national holidays that do not apply here.</summary>
    public IReadOnlyList<string> Excluded { get; } = excluded;

    public IReadOnlyList<HolidayDefinition> Holidays { get; } = holidays;
}
