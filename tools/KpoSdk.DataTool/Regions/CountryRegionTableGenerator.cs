using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Regions;

/// <summary>
/// Generates the UN M49 region and sub-region of every ISO 3166-1 country from CLDR's
/// territoryContainment, for the nearshore rule of shoring. Fails when a country is in no
/// sub-region or in two, so a CLDR update cannot silently drop one.
/// </summary>
public sealed class CountryRegionTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CountryRegionTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var containment = CldrContainment.Read(data);
        var areas = containment.Regions.Select(r => (r.Code, r.Name))
            .Concat(containment.Regions.SelectMany(r => r.SubRegions).Select(s => (s.Code, s.Name)))
            .ToArray();
        var placeOf = new Dictionary<string, (int Region, int SubRegion)>(StringComparer.Ordinal);
        foreach (var region in containment.Regions)
        {
            foreach (var sub in region.SubRegions)
            {
                foreach (string territory in sub.Territories)
                {
                    if (!placeOf.TryAdd(territory, (Index(areas, region.Code), Index(areas, sub.Code))))
                    {
                        throw new InvalidDataException($"{DataSources.CldrSupplemental}: {territory} is in two sub-regions.");
                    }
                }
            }
        }

        var file = new CSharpWriter(nameof(CountryRegionTableGenerator), $"tools/data/{DataSources.CldrSupplemental} ({DataSources.Cldr}, territoryContainment after UN M49)")
            .Line("namespace KpoSdk.Knowledge.Regions;")
            .Line()
            .Line("/// <summary>The UN M49 region and sub-region of every country, one entry per row of <see cref=\"KpoSdk.Knowledge.Codes.CountryTable\"/>.</summary>")
            .Line("internal static class CountryRegionTable")
            .Line("{")
            .Line("    /// <summary>The M49 areas: the regions first, then the sub-regions; tables below index into these.</summary>")
            .Line("    public static readonly string[] AreaCodes =")
            .Line("    [");
        foreach (var (code, name) in areas)
        {
            file.Line($"        {CSharpWriter.Literal(code)}, // {name}");
        }

        file.Line("    ];")
            .Line()
            .Line($"    public static readonly string[] AreaNames = {CSharpWriter.Literals(areas.Select(a => a.Name))};")
            .Line()
            .Line("    /// <summary>Per country row: the index of its region and of its sub-region in <see cref=\"AreaCodes\"/>.</summary>")
            .Line("    public static readonly byte[] Regions =")
            .Line("    [");
        var countries = CountryRow.Read(data);
        var missing = countries.Where(c => !placeOf.ContainsKey(c.Alpha2)).Select(c => c.Alpha2).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"{DataSources.CldrSupplemental}: no sub-region for {string.Join(", ", missing)}.");
        }

        foreach (var country in countries)
        {
            var (region, sub) = placeOf[country.Alpha2];
            file.Line($"        {CSharpWriter.Int(region)}, {CSharpWriter.Int(sub)}, // {country.Alpha2}: {areas[region].Name}, {areas[sub].Name}");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    private static int Index((string Code, string Name)[] areas, string code) => Array.FindIndex(areas, a => a.Code == code);
}
