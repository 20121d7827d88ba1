namespace KpoSdk.DataTool.Tables;

/// <summary>
/// Generates the per-country CLDR facts of KpoSdk.Knowledge: the weekend days and the languages
/// with an official status (official, de facto official, official in a region).
/// </summary>
public sealed class CountryCldrTableGenerator : TableGenerator
{
    private static readonly string[] s_dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    // Strongest first: a language official nationwide, then one official in practice nationwide
    // (English in the US), then one official only in a region (Marathi in India).
    private static readonly string[] s_statuses = ["official", "de_facto_official", "official_regional"];

    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/CountryCldrTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var cldr = CldrSupplemental.Read(data);
        var codeOfTag = LanguageRow.Read(data)
            .SelectMany(l => new[] { (Key: l.Alpha3, l.Code) }.Concat(l.Alpha2 is null ? [] : [(Key: l.Alpha2, l.Code)]))
            .ToDictionary(p => p.Key, p => p.Code, StringComparer.Ordinal);
        var file = new CSharpWriter(nameof(CountryCldrTableGenerator), $"tools/data/{DataSources.CldrSupplemental} ({DataSources.Cldr})")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>CLDR weekends and official languages per country, one entry per row of <see cref=\"CountryTable\"/>.</summary>")
            .Line("internal static class CountryCldrTable")
            .Line("{")
            .Line("    // alpha-2, weekend (bit d - 1 set for ISO day d, Monday = 1), then language codes that are")
            .Line("    // official, de facto official, and official in a region, each by descending population share")
            .Line("    public static readonly CountryCldrRecord[] Rows =")
            .Line("    [");
        foreach (var country in CountryRow.Read(data))
        {
            var weekend = cldr.Weekend(country.Alpha2);
            int mask = weekend.Aggregate(0, (m, day) => m | (1 << (day - 1)));
            var languages = Languages(cldr.OfficialLanguages(country.Alpha2), codeOfTag, country.Alpha2);
            string lists = string.Join(", ", s_statuses.Select(s => CSharpWriter.Literals(languages.Where(l => l.Status == s).Select(l => l.Code))));
            file.Line($"        new({CSharpWriter.Literal(country.Alpha2)}, 0b{Convert.ToString(mask, 2).PadLeft(7, '0')}, {lists}), "
                + $"// {string.Join("-", weekend.Count > 2 ? [s_dayNames[weekend[0] - 1], s_dayNames[weekend[^1] - 1]] : weekend.Select(d => s_dayNames[d - 1]))}");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    /// <summary>
    /// Maps CLDR tags to language codes (script variants such as zh_Hant and sr_Latn to their
    /// language), keeps each language once with its strongest status, and orders by status, then
    /// by the larger population share, then by file order.
    /// </summary>
    private static IReadOnlyList<(string Code, string Status)> Languages(
        IReadOnlyList<(string Tag, string Status, double PopulationPercent)> entries, Dictionary<string, string> codeOfTag, string territory)
    {
        return entries
            .Select((e, index) =>
            {
                string language = e.Tag.Split('_')[0];
                string code = codeOfTag.TryGetValue(language, out var c)
                    ? c
                    : throw new InvalidDataException($"{DataSources.CldrSupplemental}: language '{e.Tag}' of {territory} is not in {DataSources.Languages}.");
                int rank = Array.IndexOf(s_statuses, e.Status);
                return rank >= 0 ? (Code: code, Rank: rank, e.PopulationPercent, Index: index)
                    : throw new InvalidDataException($"{DataSources.CldrSupplemental}: unknown officialStatus '{e.Status}' of '{e.Tag}' in {territory}.");
            })
            .GroupBy(e => e.Code, StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Rank: g.Min(e => e.Rank), PopulationPercent: g.Max(e => e.PopulationPercent), Index: g.Min(e => e.Index)))
            .OrderBy(e => e.Rank).ThenByDescending(e => e.PopulationPercent).ThenBy(e => e.Index)
            .Select(e => (e.Code, s_statuses[e.Rank]))
            .ToArray();
    }
}
