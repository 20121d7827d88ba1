using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Diagnostics;

/// <summary>Generates the knowledge base's diagnostic catalogue table, which the descriptors, run-time severities and rule-ID checks read.</summary>
public sealed class DiagnosticTableGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/DiagnosticTable.g.cs";

    public override string Generate(DataDirectory data)
    {
        var file = new CSharpWriter(nameof(DiagnosticTableGenerator), $"tools/data/{DiagnosticData.FileName}")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Diagnostics;")
            .Line()
            .Line("internal static class DiagnosticTable")
            .Line("{")
            .Line("    public static readonly DiagnosticInfo[] Rows =")
            .Line("    [");
        foreach (var row in DiagnosticData.Read(data))
        {
            string reported = string.Join(" | ", row.Reported.Select(r => "DiagnosticReporters." + r switch
            {
                "compile time" => "CompileTime",
                "run time" => "RunTime",
                _ => "Build",
            }));
            file.Line($"        new(DiagnosticIds.{row.Name}, {CSharpWriter.Literal(row.Title)}, DiagnosticCategory.{row.Category}, RuleSeverity.{row.Severity}, {(row.SeverityFromRules ? "true" : "false")}, {reported},")
                .Line($"            {CSharpWriter.Literal(row.Message)}, {CSharpWriter.Literal(row.Description)}, {(row.CompilationEnd ? "true" : "false")}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }
}
