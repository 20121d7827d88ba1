namespace KpoSdk.DataTool.Tables;

/// <summary>Generates the ISO 3166-1 country table of KpoSdk.Knowledge.</summary>
public sealed class CountryTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CountryTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var countries = CountryRow.Read(data);
        var file = new CSharpWriter(nameof(CountryTableGenerator), $"tools/data/{DataSources.Countries} ({DataSources.IsoCodes})")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The ISO 3166-1 countries in alpha-2 order: a country's index in <see cref=\"Rows\"/> is its row in every table.</summary>")
            .Line("internal static class CountryTable")
            .Line("{")
            .Line($"    public const int Count = {countries.Count};")
            .Line()
            .Line("    // alpha-2, alpha-3, numeric, name, official name, common name")
            .Line("    public static readonly CountryRecord[] Rows =")
            .Line("    [");
        foreach (var c in countries)
        {
            file.Line($"        new({CSharpWriter.Literal(c.Alpha2)}, {CSharpWriter.Literal(c.Alpha3)}, {CSharpWriter.Int(c.Numeric)}, "
                + $"{CSharpWriter.Literal(c.Name)}, {CSharpWriter.Literal(c.OfficialName)}, {CSharpWriter.Literal(c.CommonName)}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }
}
