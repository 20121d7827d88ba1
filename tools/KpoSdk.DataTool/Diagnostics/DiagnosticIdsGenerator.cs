using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Diagnostics;

/// <summary>Generates the public <c>DiagnosticIds</c> constants from the diagnostic catalogue.</summary>
public sealed class DiagnosticIdsGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/DiagnosticIds.g.cs";

    public override string Generate(DataDirectory data)
    {
        var file = new CSharpWriter(nameof(DiagnosticIdsGenerator), $"tools/data/{DiagnosticData.FileName}")
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk;")
            .Line()
            .Line("/// <summary>")
            .Line("/// The stable IDs shared by the analyzers (compile time) and by run-time validation, so that a")
            .Line("/// combination rejected in the IDE is rejected with the same ID when the same data arrives at run")
            .Line("/// time. Each ID has a page at <c>docs/diagnostics/&lt;ID&gt;.md</c>. IDs are never reused.")
            .Line("/// </summary>")
            .Line("public static class DiagnosticIds")
            .Line("{");
        var rows = DiagnosticData.Read(data);
        for (int i = 0; i < rows.Count; i++)
        {
            file.Line($"    /// <summary>{rows[i].Id}: {rows[i].Summary}</summary>")
                .Line($"    public const string {rows[i].Name} = {CSharpWriter.Literal(rows[i].Id)};");
            if (i < rows.Count - 1)
            {
                file.Line();
            }
        }

        return file.Line("}").ToString();
    }
}
