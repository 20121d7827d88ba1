namespace KpoSdk.DataTool.Tables;

/// <summary>
/// Generates the ISO 639 language table of KpoSdk.Knowledge: every ISO 639-3 individual
/// language and macrolanguage, in alpha-3 order. The four special codes (mis, mul, und, zxx)
/// are left out because none names a language a person can speak or be required to; collective
/// codes (ISO 639-5, e.g. "afa") are not in ISO 639-3 at all.
/// </summary>
public sealed class LanguageTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/LanguageTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var languages = LanguageRow.Read(data);
        return new CSharpWriter(nameof(LanguageTableGenerator), $"tools/data/{DataSources.Languages} ({DataSources.IsoCodes})")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The ISO 639-3 individual languages and macrolanguages in alpha-3 order; a language's index is its row.</summary>")
            .Line("internal static partial class LanguageTable")
            .Line("{")
            .Line($"    public const int Count = {languages.Count};")
            .Line()
            .Line("    // alpha-3|ISO 639-1|ISO 639-2/B where it differs|name|scope|type, in ISO 639-3 letters:")
            .Line("    // scope I individual, M macrolanguage; type L living, E extinct, A ancient, H historical, C constructed.")
            .TextTable("Data", languages.Select(l => new[] { l.Alpha3, l.Alpha2, l.Bibliographic, l.Name, l.Scope, l.Type }))
            .Line("}")
            .ToString();
    }
}
