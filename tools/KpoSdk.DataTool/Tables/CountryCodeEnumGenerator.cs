namespace KpoSdk.DataTool.Tables;

/// <summary>Generates the public <c>CountryCode</c> enum: one member per country, valued by its ISO numeric code.</summary>
public sealed class CountryCodeEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CountryCode.g.cs";

    public override string Generate(DataDirectory data)
    {
        var file = new CSharpWriter(nameof(CountryCodeEnumGenerator), $"tools/data/{DataSources.Countries} ({DataSources.IsoCodes})")
            .Line()
            .Line("namespace KpoSdk;")
            .Line()
            .Line("/// <summary>")
            .Line("/// The ISO 3166-1 countries as constants for attribute arguments, which cannot be a <c>Country</c>:")
            .Line("/// each member is named by the alpha-2 code and valued by the ISO numeric code (<c>US = 840</c>).")
            .Line("/// The value 0 names no country.")
            .Line("/// </summary>")
            .Line("public enum CountryCode")
            .Line("{");
        var countries = CountryRow.Read(data);
        for (int i = 0; i < countries.Count; i++)
        {
            var country = countries[i];
            file.Line($"    /// <summary>{XmlDoc.CountrySummary(country)}</summary>")
                .Line($"    {country.Alpha2} = {CSharpWriter.Int(country.Numeric)},");
            if (i < countries.Count - 1)
            {
                file.Line();
            }
        }

        return file.Line("}").ToString();
    }
}
