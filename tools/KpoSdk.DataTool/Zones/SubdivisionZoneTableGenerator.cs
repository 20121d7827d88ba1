using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// Generates the table of the time zones of ISO 3166-2 subdivisions from
/// tools/data/subdivision-zones.json (compiled from tzdb), after checking it against the
/// subdivision table and NodaTime's TZDB.
/// </summary>
public sealed class SubdivisionZoneTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/SubdivisionZoneTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var rows = SubdivisionZoneData.Read(data).Rows;
        return new CSharpWriter(nameof(SubdivisionZoneTableGenerator), $"tools/data/{SubdivisionZoneData.FileName} (tzdb zone.tab and region files)")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The zone.tab zones in which part of each listed subdivision keeps time, primary first, in ordinal order of the code.</summary>")
            .Line("internal static partial class SubdivisionZoneTable")
            .Line("{")
            .Line($"    public const int Count = {CSharpWriter.Int(rows.Count)};")
            .Line()
            .Line("    // subdivision code|its zones separated by spaces")
            .TextTable("Data", rows.Select(r => new[] { r.Code, string.Join(' ', r.Zones) }))
            .Line("}")
            .ToString();
    }
}
