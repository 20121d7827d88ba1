using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Checks;

/// <summary>
/// KPO2001: a coverage window is the client's business hours in the client's own time, so its
/// zone must be one of the client's zones (zone.tab). The one implementation: the analyzers report
/// the message at the zone ID, the runtime at the window's JSON path.
/// </summary>
internal static class CoverageZoneCheck
{
    /// <summary>How many of the client's zones a message and a code fix offer.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// The KPO2001 message when the known zone <paramref name="zoneId"/> is not a zone of
    /// <paramref name="client"/>; null when it is, or when the zone is unknown (that is KPO0002).
    /// </summary>
    public static string? Find(JurisdictionId client, string zoneId)
    {
        if (!TimeZoneIds.IsKnown(zoneId))
        {
            return null;
        }

        int country = TimeZoneIds.CountryOf(zoneId);
        if (country == client.Country)
        {
            return null;
        }

        string where = country < 0 ? "no country" : JurisdictionText.Describe(new JurisdictionId(country));
        var zones = Suggestions(client);
        string own = zones.Count == 0 ? "zone.tab lists no zone for it" : (TimeZoneIds.ZoneCount(client.Country) > zones.Count ? "its zones include " : "its zones are ") + string.Join(", ", zones);
        return $"The coverage zone {InputText.Quote(zoneId)} is in {where}, not in {JurisdictionText.Describe(client.CountryOnly)}, the client's country; coverage would be measured in another country's time ({own}).";
    }

    /// <summary>The client's zones a fix may offer, most likely first.</summary>
    public static IReadOnlyList<string> Suggestions(JurisdictionId client)
    {
        int count = Math.Min(MaxSuggestions, TimeZoneIds.ZoneCount(client.Country));
        var zones = new string[count];
        for (int i = 0; i < count; i++)
        {
            zones[i] = TimeZoneIds.Zone(client.Country, i);
        }

        return zones;
    }
}
