namespace KpoSdk.DataTool.Diagnostics;

/// <summary>Generates the diagnostics table of README.md from the catalogue.</summary>
public sealed class ReadmeDiagnosticsGenerator : TableGenerator
{
    public override string OutputPath => "README.md";

    public override string Generate(DataDirectory data)
    {
        var lines = new List<string> { "| ID | Title | Reported |", "| --- | --- | --- |" };
        lines.AddRange(DiagnosticData.Read(data).Select(r => $"| [{r.Id}](docs/diagnostics/{r.Id}.md) | {r.Title} | {string.Join(", ", r.Reported)} |"));
        string path = Path.Combine(data.RepositoryRoot, OutputPath);
        return MarkdownSection.Replace(File.ReadAllText(path), "diagnostics table", lines, OutputPath);
    }
}
