namespace KpoSdk.Knowledge.Codes;

/// <summary>One line of zone.tab: a zone used in a country.</summary>
internal readonly struct ZoneLocationRecord(string alpha2, string zoneId)
{
    public string Alpha2 { get; } = alpha2;

    public string ZoneId { get; } = zoneId;
}
