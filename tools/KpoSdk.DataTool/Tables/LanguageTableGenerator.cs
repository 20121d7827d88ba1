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
        var file = new CSharpWriter(nameof(LanguageTableGenerator), $"tools/data/{DataSources.Languages} ({DataSources.IsoCodes})")
            .Line("#nullable enable")
            .Line()
            .Line("using static KpoSdk.Knowledge.Codes.LanguageScope;")
            .Line("using static KpoSdk.Knowledge.Codes.LanguageType;")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Codes;")
            .Line()
            .Line("/// <summary>The ISO 639-3 individual languages and macrolanguages in alpha-3 order; a language's index is its row.</summary>")
            .Line("internal static class LanguageTable")
            .Line("{")
            .Line($"    public const int Count = {languages.Count};")
            .Line()
            .Line("    // alpha-3, ISO 639-1 alpha-2, ISO 639-2/B code where it differs, name, scope, type")
            .Line("    public static readonly LanguageRecord[] Rows =")
            .Line("    [");
        foreach (var l in languages)
        {
            file.Line($"        new({CSharpWriter.Literal(l.Alpha3)}, {CSharpWriter.Literal(l.Alpha2)}, {CSharpWriter.Literal(l.Bibliographic)}, "
                + $"{CSharpWriter.Literal(l.Name)}, {l.Scope}, {l.Type}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }
}
