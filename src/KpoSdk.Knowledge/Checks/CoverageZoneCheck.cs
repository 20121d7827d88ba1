using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Checks;

/// <summary>
/// KPO2001: a coverage window is the client's business hours in the client's own time, so its
/// zone must be one of the client's zones: the client subdivision's where the knowledge base knows
/// them (a US-CA client is measured on America/Los_Angeles, not America/New_York), else the
/// country's zone.tab zones (<see cref="JurisdictionZones"/>). The one implementation: the analyzers
/// report the message at the zone ID and offer the client's zones as fixes; the runtime reports it
/// at the window's JSON path.
/// </summary>
internal static class CoverageZoneCheck
{
    /// <summary>How many of the client's zones a code fix offers.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>
    /// The KPO2001 message when the known zone <paramref name="zoneId"/> is not a zone of
    /// <paramref name="client"/>; null when it is, or when the zone is unknown (that is KPO0002).
    /// </summary>
    public static string? Find(JurisdictionId client, string zoneId)
    {
        if (!TimeZoneIds.IsKnown(zoneId) || JurisdictionZones.Contains(client, zoneId))
        {
            return null;
        }

        return $"{JurisdictionZones.DescribeNotAZone(zoneId, client)} A coverage window is the client's business hours in the client's own time; measured in another zone, coverage and deadlines would be off by the difference.";
    }

    /// <summary>
    /// The client's zones a fix may offer, primary first, and whether the answer is certain: the
    /// client (its subdivision where its zones are known) has exactly one zone, so there is no
    /// other zone the window can be in. With several, which one the hours were meant in is a guess.
    /// </summary>
    public static IReadOnlyList<string> Suggestions(JurisdictionId client, out bool certain)
    {
        var zones = JurisdictionZones.List(client);
        certain = zones.Count == 1;
        return zones.Count <= MaxSuggestions ? zones : zones.Take(MaxSuggestions).ToArray();
    }
}
