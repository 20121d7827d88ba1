namespace KpoSdk.DataTool.Tables;

/// <summary>One ISO 639-3 entry of iso-codes that the language table keeps; scope and type keep ISO 639-3's letters (I/M; L/E/A/H/C).</summary>
internal sealed record LanguageRow(string Alpha3, string? Alpha2, string? Bibliographic, string Name, string Scope, string Type)
{
    private const string Scopes = "IM";
    private const string Types = "LEAHC";

    /// <summary>The individual languages and macrolanguages in alpha-3 order; special codes ("S" scope) are skipped.</summary>
    public static IReadOnlyList<LanguageRow> Read(DataDirectory data) =>
        IsoCodesJson.Read(data, DataSources.Languages, "639-3")
            .Where(e => e.Required("scope") != "S")
            .Select(e => new LanguageRow(
                e.Required("alpha_3"),
                e.Optional("alpha_2"),
                e.Optional("bibliographic"),
                e.Required("name"),
                Checked(e.Required("scope"), Scopes, "scope"),
                Checked(e.Required("type"), Types, "type")))
            .OrderBy(l => l.Alpha3, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The code KpoSdk writes: ISO 639-1 where the language has one, else ISO 639-3.</summary>
    public string Code => Alpha2 ?? Alpha3;

    private static string Checked(string letter, string known, string field) =>
        letter.Length == 1 && known.Contains(letter[0]) ? letter : throw new InvalidDataException($"{DataSources.Languages}: unknown {field} '{letter}'.");
}
