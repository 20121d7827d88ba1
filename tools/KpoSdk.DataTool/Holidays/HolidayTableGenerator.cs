using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Holidays;

/// <summary>
/// Generates KpoSdk.Knowledge's holiday table from tools/data/holidays/*.json: per country one text
/// table (rows of 11 '|'-separated fields, read on first use by HolidayTableReader), so a process
/// pays only for the countries it asks about.
/// </summary>
public sealed class HolidayTableGenerator : TableGenerator
{
    private const int Fields = 11;

    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/HolidayTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var files = HolidayFileReader.ReadAll(data);
        var writer = new CSharpWriter(nameof(HolidayTableGenerator), $"tools/data/{HolidayFileReader.Folder}/*.json")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Holidays;")
            .Line()
            .Line("/// <summary>The built-in holiday data per country, in the text form <see cref=\"HolidayTableReader\"/> reads.</summary>")
            .Line("internal static partial class HolidayTable")
            .Line("{")
            .Line($"    public static readonly string[] Countries = {CSharpWriter.Literals(files.Select(f => f.Country))};")
            .Line()
            .Line("    public static string? Text(string country) => country switch")
            .Line("    {");
        foreach (var file in files)
        {
            writer.Line($"        {CSharpWriter.Literal(file.Country)} => {file.Country},");
        }

        writer.Line("        _ => null,").Line("    };");
        foreach (var file in files)
        {
            writer.Line().TextTable(file.Country, Rows(file));
        }

        return writer.Line("}").ToString();
    }

    private static IEnumerable<IReadOnlyList<string?>> Rows(HolidayFile file)
    {
        yield return Row("C", file.UnlistedFollowNational ? "national" : "unknown", file.CountryName);
        foreach (var source in file.Sources)
        {
            yield return Row("S", source.Id, source.Title, source.Publisher, source.Url, source.Licence);
        }

        foreach (var subdivision in file.Subdivisions)
        {
            yield return Row("D", subdivision.Code, subdivision.Name, subdivision.Exclude.Count == 0 ? null : string.Join(",", subdivision.Exclude.Select(e => e.Id)));
        }

        foreach (var holiday in file.National)
        {
            yield return Holiday(null, holiday);
        }

        foreach (var subdivision in file.Subdivisions)
        {
            foreach (var holiday in subdivision.Holidays)
            {
                yield return Holiday(subdivision.Code, holiday);
            }
        }
    }

    private static string?[] Holiday(string? scope, HolidayRow h) =>
        Row("H", scope, h.Id, h.Name, h.Optional ? "optional" : null, h.RuleText, h.Observed, Year(h.From), Year(h.To), h.OverridesText, string.Join(",", h.Sources));

    private static string? Year(int? year) => year is { } y ? CSharpWriter.Int(y) : null;

    private static string?[] Row(params string?[] fields)
    {
        var row = new string?[Fields];
        Array.Copy(fields, row, fields.Length);
        return row;
    }
}
