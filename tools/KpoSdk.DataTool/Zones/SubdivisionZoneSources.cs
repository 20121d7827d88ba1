using System.Text.Json;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// Checks an entry's <c>sources</c>: tzdb quotations. A zone.tab quotation must name one of the
/// entry's zones with the country and comment of its zone.tab line in NodaTime's TZDB, and every
/// zone needs one; a region-file quotation must name a tzdb region file and quote some text
/// (its wording was checked against the tzdb files when the data was compiled; NodaTime does
/// not ship them).
/// </summary>
internal static class SubdivisionZoneSources
{
    private static readonly string[] s_regionFiles =
        ["africa", "antarctica", "asia", "australasia", "backward", "europe", "northamerica", "southamerica", "zone1970.tab"];

    public static void Check(ZoneJson json, JsonElement entry, IReadOnlyList<string> zones, ZoneFacts facts)
    {
        if (!entry.TryGetProperty("sources", out var sources) || sources.ValueKind != JsonValueKind.Array)
        {
            throw json.Error("'sources' is missing or not an array; cite the zone.tab line of every zone.");
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (var source in sources.EnumerateArray())
        {
            var at = new ZoneJson($"{json.Context}, source {index++}");
            if (source.ValueKind != JsonValueKind.Object)
            {
                throw at.Error("expected an object with 'file' and 'text'.");
            }

            string file = at.String(source, "file");
            string text = at.String(source, "text");
            if (file == "zone.tab")
            {
                at.OnlyFields(source, "file", "zone", "country", "text");
                cited.Add(CheckZoneTab(at, source, text, zones, facts));
            }
            else if (s_regionFiles.Contains(file, StringComparer.Ordinal))
            {
                at.OnlyFields(source, "file", "heading", "text");
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw at.Error($"the quotation from {file} is empty.");
                }
            }
            else
            {
                throw at.Error($"'{file}' is not a tzdb file; expected zone.tab or one of {string.Join(", ", s_regionFiles)}.");
            }
        }

        foreach (string zone in zones.Where(z => !cited.Contains(z)))
        {
            throw json.Error($"zone '{zone}' has no zone.tab source; cite its zone.tab line.");
        }
    }

    private static string CheckZoneTab(ZoneJson at, JsonElement source, string text, IReadOnlyList<string> zones, ZoneFacts facts)
    {
        string zone = at.String(source, "zone");
        string country = at.String(source, "country");
        if (!zones.Contains(zone, StringComparer.Ordinal))
        {
            throw at.Error($"cites the zone.tab line of '{zone}', which is not one of the entry's zones.");
        }

        var location = facts.Locations[zone];
        if (location.Country != country || location.Comment != text)
        {
            throw at.Error($"quotes zone.tab as {country} \"{text}\" for '{zone}', but NodaTime's TZDB {facts.TzdbVersion} has {location.Country} \"{location.Comment}\".");
        }

        return zone;
    }
}
