using KpoSdk.DataTool.Tables;
using NodaTime.TimeZones;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// What the subdivision zone data is checked against: the ISO 3166-1 and 3166-2 codes of
/// tools/data and the TZDB bundled with NodaTime (its zone IDs, canonical IDs and zone.tab).
/// </summary>
public sealed class ZoneFacts
{
    public ZoneFacts(IEnumerable<string> countries, IReadOnlyDictionary<string, string?> subdivisionParents, TzdbDateTimeZoneSource tzdb)
    {
        Countries = countries.ToHashSet(StringComparer.Ordinal);
        SubdivisionParents = subdivisionParents;
        TzdbVersion = tzdb.TzdbVersion;
        Canonical = tzdb.CanonicalIdMap.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var locations = tzdb.ZoneLocations ?? throw new InvalidDataException("NodaTime's TZDB source has no zone.tab locations.");
        Locations = locations.ToDictionary(l => l.ZoneId, l => (l.CountryCode, l.Comment), StringComparer.Ordinal);
        ZonesOfCountry = locations.GroupBy(l => l.CountryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(l => l.ZoneId).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlySet<string> Countries { get; }

    /// <summary>Every ISO 3166-2 code with the full code of its parent subdivision, or null for a top-level one.</summary>
    public IReadOnlyDictionary<string, string?> SubdivisionParents { get; }

    public string TzdbVersion { get; }

    /// <summary>Every zone ID NodaTime knows, canonical and alias, with its canonical ID.</summary>
    public IReadOnlyDictionary<string, string> Canonical { get; }

    /// <summary>The zone.tab line of each zone listed there: its country code and comment ("" when none).</summary>
    public IReadOnlyDictionary<string, (string Country, string Comment)> Locations { get; }

    /// <summary>The zone.tab zones of each country code, in file order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ZonesOfCountry { get; }

    /// <summary>The facts of the repository's data files and NodaTime's bundled TZDB.</summary>
    public static ZoneFacts Read(DataDirectory data)
    {
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in IsoCodesJson.Read(data, DataSources.Subdivisions, "3166-2"))
        {
            string code = entry.Required("code");
            string? parent = entry.Optional("parent");
            parents[code] = parent is null || parent.Contains('-') ? parent : code.Substring(0, 3) + parent;
        }

        return new ZoneFacts(CountryRow.Read(data).Select(c => c.Alpha2), parents, TzdbDateTimeZoneSource.Default);
    }
}
