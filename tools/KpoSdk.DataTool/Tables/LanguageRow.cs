namespace KpoSdk.DataTool.Tables;

/// <summary>One ISO 639-3 entry of iso-codes that the language table keeps.</summary>
internal sealed record LanguageRow(string Alpha3, string? Alpha2, string? Bibliographic, string Name, string Scope, string Type)
{
    private static readonly Dictionary<string, string> s_scopes = new(StringComparer.Ordinal)
    {
        ["I"] = "Individual",
        ["M"] = "Macrolanguage",
    };

    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        ["L"] = "Living",
        ["E"] = "Extinct",
        ["A"] = "Ancient",
        ["H"] = "Historical",
        ["C"] = "Constructed",
    };

    /// <summary>The individual languages and macrolanguages in alpha-3 order; special codes ("S" scope) are skipped.</summary>
    public static IReadOnlyList<LanguageRow> Read(DataDirectory data) =>
        IsoCodesJson.Read(data, DataSources.Languages, "639-3")
            .Where(e => e.Required("scope") != "S")
            .Select(e => new LanguageRow(
                e.Required("alpha_3"),
                e.Optional("alpha_2"),
                e.Optional("bibliographic"),
                e.Required("name"),
                Lookup(s_scopes, e.Required("scope"), "scope"),
                Lookup(s_types, e.Required("type"), "type")))
            .OrderBy(l => l.Alpha3, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The code KpoSdk writes: ISO 639-1 where the language has one, else ISO 639-3.</summary>
    public string Code => Alpha2 ?? Alpha3;

    private static string Lookup(Dictionary<string, string> names, string key, string field) =>
        names.TryGetValue(key, out var name) ? name : throw new InvalidDataException($"{DataSources.Languages}: unknown {field} '{key}'.");
}
