using System.Text.Json;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// Reads and checks one entry of the subdivision zone file: an ISO 3166-2 code; one or more
/// distinct zones, each a zone.tab zone of the subdivision's country or of the code
/// <c>zone_country</c> names for it; a zone.tab quotation per zone equal to NodaTime's zone.tab
/// comment; the ISO parent; and excluded zones that are real zones not listed.
/// </summary>
internal static class SubdivisionZoneEntry
{
    private static readonly string[] s_fields = ["zones", "notes", "zone_country", "level", "parent", "sources", "excluded"];

    public static SubdivisionZoneRow Read(string code, JsonElement entry, ZoneFacts facts)
    {
        var json = new ZoneJson($"{SubdivisionZoneData.FileName}: subdivision '{code}'");
        if (entry.ValueKind != JsonValueKind.Object)
        {
            throw json.Error($"the entry is {entry.ValueKind.ToString().ToLowerInvariant()}; expected an object with 'zones' and 'sources'.");
        }

        json.OnlyFields(entry, s_fields);
        if (!facts.SubdivisionParents.TryGetValue(code, out string? isoParent))
        {
            throw json.Error($"not an ISO 3166-2 code in {Tables.DataSources.Subdivisions}.");
        }

        var zones = json.Strings(entry, "zones");
        if (zones.Count == 0)
        {
            throw json.Error("'zones' is empty; list at least one zone, or move the code to 'unmapped_subdivisions'.");
        }

        var zoneCountry = json.StringMap(entry, "zone_country", required: false).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string zone in zones)
        {
            if (!listed.Add(zone))
            {
                throw json.Error($"zone '{zone}' is listed twice.");
            }

            CheckZone(json, code.Substring(0, 2), zone, zoneCountry, facts);
        }

        foreach (string zone in zoneCountry.Keys.Where(z => !listed.Contains(z)))
        {
            throw json.Error($"'zone_country' names '{zone}', which is not one of its zones.");
        }

        SubdivisionZoneSources.Check(json, entry, zones, facts);
        CheckParent(json, entry, isoParent);
        CheckExcluded(json, entry, listed, facts);
        json.OptionalString(entry, "notes");
        return new SubdivisionZoneRow(code, zones);
    }

    private static void CheckZone(ZoneJson json, string country, string zone, Dictionary<string, string> zoneCountry, ZoneFacts facts)
    {
        if (!facts.Canonical.ContainsKey(zone))
        {
            throw json.Error($"zone '{zone}' is not a zone ID of NodaTime's TZDB {facts.TzdbVersion}.");
        }

        if (!facts.Locations.TryGetValue(zone, out var location))
        {
            throw json.Error($"zone '{zone}' has no zone.tab line; list the zone.tab zone of the area (Country.TimeZones lists only those).");
        }

        if (zoneCountry.TryGetValue(zone, out string? other))
        {
            if (other == country)
            {
                throw json.Error($"'zone_country' gives '{zone}' the subdivision's own country {country}; name only zones zone.tab files under another code.");
            }

            if (location.Country != other)
            {
                throw json.Error($"'zone_country' says zone.tab files '{zone}' under {other}, but it files it under {location.Country}.");
            }
        }
        else if (location.Country != country)
        {
            throw json.Error($"zone '{zone}' is a zone.tab zone of {location.Country}, not {country}; if it belongs here, say so in 'zone_country'.");
        }
    }

    private static void CheckParent(ZoneJson json, JsonElement entry, string? isoParent)
    {
        string? parent = json.OptionalString(entry, "parent");
        if (parent != isoParent)
        {
            throw json.Error($"'parent' is {Show(parent)} but {Tables.DataSources.Subdivisions} gives {Show(isoParent)}.");
        }

        bool hasLevel = entry.TryGetProperty("level", out var level);
        if (parent is not null && (!hasLevel || level.ValueKind != JsonValueKind.Number || level.GetRawText() != "2"))
        {
            throw json.Error($"a subdivision with a parent must say \"level\": 2.");
        }

        if (parent is null && hasLevel)
        {
            throw json.Error("'level' is given for a top-level subdivision; give it only with 'parent'.");
        }
    }

    private static void CheckExcluded(ZoneJson json, JsonElement entry, HashSet<string> listed, ZoneFacts facts)
    {
        foreach (var (zone, reason) in json.StringMap(entry, "excluded", required: false))
        {
            if (!facts.Canonical.ContainsKey(zone))
            {
                throw json.Error($"excluded zone '{zone}' is not a zone ID of NodaTime's TZDB {facts.TzdbVersion}.");
            }

            if (listed.Contains(zone))
            {
                throw json.Error($"zone '{zone}' is both listed and excluded.");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw json.Error($"excluded zone '{zone}' has no reason; say why the policy leaves it out.");
            }
        }
    }

    private static string Show(string? code) => code is null ? "none" : $"'{code}'";
}
