using System.Text.Json;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// The checks across entries: a second-level subdivision's zones are among its parent's; the
/// <c>aliases</c> list is exactly the used zones NodaTime treats as links; every entry's country
/// is declared; every top-level subdivision of a covered country has an entry (or is listed as
/// unmapped); and every zone.tab zone of a covered country is used (or listed as unmapped).
/// </summary>
internal static class SubdivisionZoneCoverage
{
    public static void Check(ZoneJson file, JsonElement root, IReadOnlyList<SubdivisionZoneRow> rows, ZoneFacts facts)
    {
        var byCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (facts.SubdivisionParents[row.Code] is { } parent && byCode.TryGetValue(parent, out var parentRow)
                && row.Zones.FirstOrDefault(z => !parentRow.Zones.Contains(z, StringComparer.Ordinal)) is { } extra)
            {
                throw file.Error($"subdivision '{row.Code}' lists '{extra}', which its parent '{parent}' does not.");
            }
        }

        CheckAliases(file, root, rows, facts);
        var covered = CheckCountries(file, root, rows, facts);
        CheckSubdivisionsCovered(file, root, covered, byCode, facts);
        CheckZonesCovered(file, root, covered, rows, facts);
    }

    private static void CheckAliases(ZoneJson file, JsonElement root, IReadOnlyList<SubdivisionZoneRow> rows, ZoneFacts facts)
    {
        var aliases = file.StringMap(root, "aliases", required: true).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var used = rows.SelectMany(r => r.Zones).ToHashSet(StringComparer.Ordinal);
        foreach (string zone in used.Order(StringComparer.Ordinal))
        {
            string canonical = facts.Canonical[zone];
            aliases.TryGetValue(zone, out string? stated);
            if (canonical != zone && stated != canonical)
            {
                throw file.Error($"'aliases' must map '{zone}' to '{canonical}', its canonical ID in NodaTime's TZDB {facts.TzdbVersion}.");
            }
        }

        foreach (var (zone, stated) in aliases)
        {
            if (!used.Contains(zone) || facts.Canonical[zone] == zone || facts.Canonical[zone] != stated)
            {
                throw file.Error($"'aliases' maps '{zone}' to '{stated}', but it is {(used.Contains(zone) ? $"a link to '{facts.Canonical[zone]}'" : "no subdivision's zone")}.");
            }
        }
    }

    private static HashSet<string> CheckCountries(ZoneJson file, JsonElement root, IReadOnlyList<SubdivisionZoneRow> rows, ZoneFacts facts)
    {
        var covered = file.Strings(root, "countries");
        var others = file.StringMap(root, "other_countries", required: true).Select(p => p.Key).ToArray();
        foreach (string country in covered.Concat(others))
        {
            if (!facts.Countries.Contains(country))
            {
                throw file.Error($"'{country}' in 'countries' or 'other_countries' is not an ISO 3166-1 alpha-2 code.");
            }
        }

        var declared = covered.Concat(others).ToHashSet(StringComparer.Ordinal);
        if (rows.FirstOrDefault(r => !declared.Contains(r.Code.Substring(0, 2))) is { } stray)
        {
            throw file.Error($"subdivision '{stray.Code}' belongs to {stray.Code.Substring(0, 2)}, which is in neither 'countries' nor 'other_countries'.");
        }

        return covered.ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckSubdivisionsCovered(ZoneJson file, JsonElement root, HashSet<string> covered, Dictionary<string, SubdivisionZoneRow> byCode, ZoneFacts facts)
    {
        var unmapped = file.StringMap(root, "unmapped_subdivisions", required: true).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (string code in unmapped)
        {
            if (!facts.SubdivisionParents.ContainsKey(code) || byCode.ContainsKey(code))
            {
                throw file.Error($"'unmapped_subdivisions' lists '{code}', which {(byCode.ContainsKey(code) ? "has an entry" : "is not an ISO 3166-2 code")}.");
            }
        }

        var missing = facts.SubdivisionParents
            .Where(p => p.Value is null && covered.Contains(p.Key.Substring(0, 2)) && !byCode.ContainsKey(p.Key) && !unmapped.Contains(p.Key))
            .Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            throw file.Error($"top-level subdivisions of covered countries without an entry: {string.Join(", ", missing)}; add them or list them in 'unmapped_subdivisions'.");
        }
    }

    private static void CheckZonesCovered(ZoneJson file, JsonElement root, HashSet<string> covered, IReadOnlyList<SubdivisionZoneRow> rows, ZoneFacts facts)
    {
        var used = rows.SelectMany(r => r.Zones).ToHashSet(StringComparer.Ordinal);
        var unmapped = file.StringMap(root, "unmapped_zones", required: true).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (string key in unmapped)
        {
            bool isCountry = facts.ZonesOfCountry.ContainsKey(key);
            if (!isCountry && (!facts.Locations.ContainsKey(key) || used.Contains(key)))
            {
                throw file.Error($"'unmapped_zones' lists '{key}', which is {(used.Contains(key) ? "used by a subdivision" : "neither a zone.tab country code nor a zone.tab zone")}.");
            }
        }

        var unused = covered.Order(StringComparer.Ordinal)
            .SelectMany(c => facts.ZonesOfCountry.GetValueOrDefault(c, []).Select(z => (Country: c, Zone: z)))
            .Where(x => !used.Contains(x.Zone) && !unmapped.Contains(x.Zone) && !unmapped.Contains(x.Country))
            .Select(x => $"{x.Country} {x.Zone}").ToArray();
        if (unused.Length > 0)
        {
            throw file.Error($"zone.tab zones of covered countries used by no subdivision: {string.Join(", ", unused)}; assign them or list them in 'unmapped_zones'.");
        }
    }
}
