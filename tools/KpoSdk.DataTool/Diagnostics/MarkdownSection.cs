namespace KpoSdk.DataTool.Diagnostics;

/// <summary>Replaces the lines between two marker comments of a hand-written Markdown file with generated ones.</summary>
internal static class MarkdownSection
{
    public static string Replace(string text, string name, IEnumerable<string> lines, string file, string source = DiagnosticData.FileName)
    {
        string begin = $"<!-- generated: {name} (tools/KpoSdk.DataTool from tools/data/{source}) -->";
        string end = $"<!-- end generated: {name} -->";
        int start = text.IndexOf(begin, StringComparison.Ordinal);
        int stop = text.IndexOf(end, StringComparison.Ordinal);
        if (start < 0 || stop < start)
        {
            throw new InvalidDataException($"{file} has no '{begin}' … '{end}' section to generate.");
        }

        string body = string.Concat(lines.Select(l => l + "\n"));
        return text[..(start + begin.Length)] + "\n" + body + text[stop..];
    }
}
