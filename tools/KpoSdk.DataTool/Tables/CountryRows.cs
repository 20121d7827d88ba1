namespace KpoSdk.DataTool.Tables;

/// <summary>One ISO 3166-1 entry of iso-codes.</summary>
internal sealed record CountryRow(string Alpha2, string Alpha3, int Numeric, string Name, string? OfficialName, string? CommonName)
{
    /// <summary>The countries in alpha-2 order: the order that makes a country's index its row in every table.</summary>
    public static IReadOnlyList<CountryRow> Read(DataDirectory data) =>
        IsoCodesJson.Read(data, DataSources.Countries, "3166-1")
            .Select(e => new CountryRow(
                e.Required("alpha_2"),
                e.Required("alpha_3"),
                int.Parse(e.Required("numeric"), System.Globalization.CultureInfo.InvariantCulture),
                e.Required("name"),
                e.Optional("official_name"),
                e.Optional("common_name")))
            .OrderBy(c => c.Alpha2, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The name for prose: the official name when iso-codes has one ("the State of Palestine" capitalised), else the short name.</summary>
    public string LongName => OfficialName is { } official ? char.ToUpperInvariant(official[0]) + official.Substring(1) : Name;
}
