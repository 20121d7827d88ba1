using System.Text.Json.Nodes;
using KpoSdk.DataTool.Zones;

namespace KpoSdk.Knowledge.Tests.Tables;

/// <summary>The data tool rejects a broken subdivision zone file with a message naming the entry and what is wrong.</summary>
public class SubdivisionZoneDataErrorTests
{
    private static readonly Lazy<ZoneFacts> s_facts = new(() => ZoneFacts.Read(SourceData.Directory));

    [Fact]
    public void The_checked_in_file_passes()
    {
        var rows = SubdivisionZoneData.Parse(SubdivisionZoneSource.Text, s_facts.Value).Rows;
        Assert.Contains(rows, r => r.Code == "US-CA" && r.Zones.SequenceEqual(["America/Los_Angeles"]));
    }

    public static TheoryData<string, string> Breakages() => new()
    {
        { "unknown code", "subdivision 'US-XX': not an ISO 3166-2 code in iso_3166-2.json." },
        { "misspelt zone", "subdivision 'US-CA': zone 'America/Los_Angles' is not a zone ID of NodaTime's TZDB" },
        { "foreign zone", "subdivision 'US-CA': zone 'Europe/London' is a zone.tab zone of GB, not US; if it belongs here, say so in 'zone_country'." },
        { "wrong zone_country", "subdivision 'US-PR': 'zone_country' says zone.tab files 'America/Puerto_Rico' under VI, but it files it under PR." },
        { "link without a line", "subdivision 'US-CA': zone 'US/Pacific' has no zone.tab line" },
        { "duplicate zone", "subdivision 'US-TN': zone 'America/Chicago' is listed twice." },
        { "no zones", "subdivision 'US-TN': 'zones' is empty" },
        { "wrong quotation", "subdivision 'US-CA', source 0: quotes zone.tab as US \"Pacific Time\" for 'America/Los_Angeles', but NodaTime's TZDB" },
        { "uncited zone", "subdivision 'US-CA': zone 'America/Denver' has no zone.tab source; cite its zone.tab line." },
        { "wrong parent", "subdivision 'ES-TF': 'parent' is 'ES-AN' but iso_3166-2.json gives 'ES-CN'." },
        { "misspelt field", "subdivision 'US-CA': unknown field 'zone'; expected only zones, notes, zone_country, level, parent, sources, excluded." },
        { "listed and excluded", "subdivision 'US-AL': zone 'America/Chicago' is both listed and excluded." },
        { "missing entry", "top-level subdivisions of covered countries without an entry: US-CA;" },
        { "unused zone", "zone.tab zones of covered countries used by no subdivision: AU Australia/Eucla;" },
        { "missing alias", "'aliases' must map 'America/Atikokan' to 'America/Panama'" },
        { "zone outside parent", "subdivision 'ES-TF' lists 'Europe/Madrid', which its parent 'ES-CN' does not." },
        { "not JSON", "subdivision-zones.json: not valid JSON:" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_file_is_rejected_naming_the_entry(string breakage, string expected)
    {
        string json = breakage == "not JSON" ? "{ \"subdivisions\": " : Break(breakage).ToJsonString();
        var error = Assert.Throws<InvalidDataException>(() => SubdivisionZoneData.Parse(json, s_facts.Value));
        Assert.StartsWith("subdivision-zones.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static JsonNode Break(string breakage)
    {
        var root = JsonNode.Parse(SubdivisionZoneSource.Text)!;
        var subdivisions = root["subdivisions"]!.AsObject();
        switch (breakage)
        {
            case "unknown code": subdivisions["US-XX"] = subdivisions["US-CA"]!.DeepClone(); break;
            case "misspelt zone": Zones(root, "US-CA")[0] = "America/Los_Angles"; break;
            case "foreign zone": Zones(root, "US-CA").Add("Europe/London"); break;
            case "wrong zone_country": subdivisions["US-PR"]!["zone_country"]!["America/Puerto_Rico"] = "VI"; break;
            case "link without a line": Zones(root, "US-CA")[0] = "US/Pacific"; break;
            case "duplicate zone": Zones(root, "US-TN").Add("America/Chicago"); break;
            case "no zones": Zones(root, "US-TN").Clear(); break;
            case "wrong quotation": subdivisions["US-CA"]!["sources"]![0]!["text"] = "Pacific Time"; break;
            case "uncited zone": Zones(root, "US-CA").Add("America/Denver"); break;
            case "wrong parent": subdivisions["ES-TF"]!["parent"] = "ES-AN"; break;
            case "misspelt field": subdivisions["US-CA"]!["zone"] = "America/Los_Angeles"; break;
            case "listed and excluded": subdivisions["US-AL"]!["excluded"]!["America/Chicago"] = "no reason"; break;
            case "missing entry": subdivisions.Remove("US-CA"); break;
            case "unused zone":
                Zones(root, "AU-WA").Remove(Zones(root, "AU-WA").First(z => z!.GetValue<string>() == "Australia/Eucla"));
                var sources = subdivisions["AU-WA"]!["sources"]!.AsArray();
                sources.Remove(sources.First(s => s!["zone"]?.GetValue<string>() == "Australia/Eucla"));
                break;
            case "missing alias": root["aliases"]!.AsObject().Remove("America/Atikokan"); break;
            case "zone outside parent":
                Zones(root, "ES-TF").Add("Europe/Madrid");
                subdivisions["ES-TF"]!["sources"]!.AsArray().Add(new JsonObject { ["file"] = "zone.tab", ["zone"] = "Europe/Madrid", ["country"] = "ES", ["text"] = "Spain (mainland)" });
                break;
            default: throw new ArgumentException(breakage, nameof(breakage));
        }

        return root;
    }

    private static JsonArray Zones(JsonNode root, string code) => root["subdivisions"]![code]!["zones"]!.AsArray();
}
