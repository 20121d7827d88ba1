using NodaTime.TimeZones;

namespace KpoSdk.DataTool.Tables;

/// <summary>
/// Generates the time-zone table of KpoSdk.Knowledge from the TZDB bundled with NodaTime: every
/// zone ID with its canonical ID, and the zone.tab locations (zone1970.tab merges countries that
/// share a zone, so it cannot say which zones are in a country).
/// </summary>
public sealed class ZoneTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/ZoneTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var source = TzdbDateTimeZoneSource.Default;
        var countries = CountryRow.Read(data).Select(c => c.Alpha2).ToHashSet(StringComparer.Ordinal);
        var ids = source.GetIds().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        var locations = source.ZoneLocations
            ?? throw new InvalidDataException("NodaTime's TZDB source has no zone.tab locations.");

        foreach (var location in locations)
        {
            if (!countries.Contains(location.CountryCode))
            {
                throw new InvalidDataException($"zone.tab names '{location.CountryCode}' for {location.ZoneId}, which is not an ISO 3166-1 country.");
            }
        }

        return new CSharpWriter(nameof(ZoneTableGenerator), $"NodaTime's bundled TZDB {source.TzdbVersion} (zone IDs, aliases, zone.tab)")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The IANA time-zone IDs NodaTime knows, and the zone.tab zones of each country.</summary>")
            .Line("internal static partial class ZoneTable")
            .Line("{")
            .Line($"    public const string TzdbVersion = {CSharpWriter.Literal(source.TzdbVersion)};")
            .Line()
            .Line("    // ID|canonical ID when the ID is an alias; in ordinal order of the ID")
            .TextTable("ZoneData", ids.Select(id => new[] { id, source.CanonicalIdMap[id] == id ? null : source.CanonicalIdMap[id] }))
            .Line()
            .Line("    // zone.tab in file order: country alpha-2|zone ID")
            .TextTable("LocationData", locations.Select(l => new[] { l.CountryCode, l.ZoneId }))
            .Line("}")
            .ToString();
    }
}
