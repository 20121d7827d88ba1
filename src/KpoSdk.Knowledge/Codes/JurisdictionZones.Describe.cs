using System.Text;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Knowledge.Codes;

internal static partial class JurisdictionZones
{
    /// <summary>The jurisdiction's zones in order, primary first: the replacements a code fix offers.</summary>
    public static IReadOnlyList<string> List(JurisdictionId id)
    {
        var zones = new string[Count(id)];
        for (int i = 0; i < zones.Length; i++)
        {
            zones[i] = Zone(id, i);
        }

        return zones;
    }

    /// <summary>
    /// The zones as prose: "America/Los_Angeles", "America/Chicago and America/New_York",
    /// "America/Regina, America/Swift_Current and America/Edmonton"; empty when there are none.
    /// </summary>
    public static string ListText(JurisdictionId id)
    {
        int count = Count(id);
        var text = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            text.Append(i == 0 ? "" : i == count - 1 ? " and " : ", ").Append(Zone(id, i));
        }

        return text.ToString();
    }

    /// <summary>
    /// The sentence saying a zone is not the jurisdiction's, with the jurisdiction's zones: "The zone
    /// 'America/New_York' is not a zone of California, United States (US-CA); its zone is
    /// America/Los_Angeles." ("its zones are …" when there are several; "zone.tab lists no zone
    /// for it" when there are none). The zone is quoted as given, bounded.
    /// </summary>
    public static string DescribeNotAZone(string zoneId, JurisdictionId id)
    {
        int count = Count(id);
        string zones = count switch
        {
            0 => "zone.tab lists no zone for it",
            1 => "its zone is " + Zone(id, 0),
            _ => "its zones are " + ListText(id),
        };
        return $"The zone {InputText.Quote(zoneId)} is not a zone of {JurisdictionText.Describe(id)}; {zones}.";
    }
}
