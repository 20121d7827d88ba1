namespace KpoSdk.DataTool.Diagnostics;

/// <summary>Generates the index table of docs/diagnostics/README.md from the catalogue.</summary>
public sealed class DiagnosticsIndexGenerator : TableGenerator
{
    public override string OutputPath => "docs/diagnostics/README.md";

    public override string Generate(DataDirectory data)
    {
        var lines = new List<string> { "| ID | Title | Category | Default severity | Where it is reported |", "| --- | --- | --- | --- | --- |" };
        lines.AddRange(DiagnosticData.Read(data).Select(r => $"| [{r.Id}]({r.Id}.md) | {r.Title} | {r.Range[..r.Range.IndexOf(" (", StringComparison.Ordinal)]} | {r.IndexSeverity} | {r.IndexWhere} |"));
        string path = Path.Combine(data.RepositoryRoot, OutputPath);
        return MarkdownSection.Replace(File.ReadAllText(path), "diagnostics index", lines, OutputPath);
    }
}
