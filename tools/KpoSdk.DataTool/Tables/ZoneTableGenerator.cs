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

        var file = new CSharpWriter(nameof(ZoneTableGenerator), $"NodaTime's bundled TZDB {source.TzdbVersion} (zone IDs, aliases, zone.tab)")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The IANA time-zone IDs NodaTime knows, and the zone.tab zones of each country.</summary>")
            .Line("internal static class ZoneTable")
            .Line("{")
            .Line($"    public const string TzdbVersion = {CSharpWriter.Literal(source.TzdbVersion)};")
            .Line()
            .Line("    // ID (ordinal order), canonical ID when the ID is an alias")
            .Line("    public static readonly ZoneRecord[] Zones =")
            .Line("    [");
        foreach (string id in ids)
        {
            string canonical = source.CanonicalIdMap[id];
            file.Line($"        new({CSharpWriter.Literal(id)}, {CSharpWriter.Literal(canonical == id ? null : canonical)}),");
        }

        file.Line("    ];")
            .Line()
            .Line("    // zone.tab in file order: country alpha-2, zone ID")
            .Line("    public static readonly ZoneLocationRecord[] Locations =")
            .Line("    [");
        foreach (var location in locations)
        {
            if (!countries.Contains(location.CountryCode))
            {
                throw new InvalidDataException($"zone.tab names '{location.CountryCode}' for {location.ZoneId}, which is not an ISO 3166-1 country.");
            }

            file.Line($"        new({CSharpWriter.Literal(location.CountryCode)}, {CSharpWriter.Literal(location.ZoneId)}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }
}
