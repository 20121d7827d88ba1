namespace KpoSdk.DataTool.Tables;

/// <summary>Generates the static members of the runtime <c>Country</c> struct: <c>Country.US</c> for every country.</summary>
public sealed class CountryMembersGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk/Generated/Country.Members.g.cs";

    public override string Generate(DataDirectory data)
    {
        var file = new CSharpWriter(nameof(CountryMembersGenerator), $"tools/data/{DataSources.Countries} ({DataSources.IsoCodes})")
            .Line()
            .Line("namespace KpoSdk;")
            .Line()
            .Line("partial struct Country")
            .Line("{");
        var countries = CountryRow.Read(data);
        for (int row = 0; row < countries.Count; row++)
        {
            var country = countries[row];
            file.Line($"    /// <summary>{XmlDoc.CountrySummary(country)}</summary>")
                .Line($"    public static Country {country.Alpha2} => new({CSharpWriter.Int(row)});");
            if (row < countries.Count - 1)
            {
                file.Line();
            }
        }

        return file.Line("}").ToString();
    }
}
