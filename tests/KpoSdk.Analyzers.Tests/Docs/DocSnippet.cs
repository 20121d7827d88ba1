using KpoSdk.Shared.Docs;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// A <c>csharp</c> block with its marker, and the earlier blocks of its project (those it
/// <c>continues</c>, first to last; empty for a block that stands alone).
/// </summary>
internal sealed record DocSnippet(FencedBlock Block, CompileMarker Marker, IReadOnlyList<DocSnippet> Earlier)
{
    /// <summary>The blocks of the project this block completes, in page order, itself last.</summary>
    public IReadOnlyList<DocSnippet> Project => [.. Earlier, this];

    public override string ToString() => Block.ToString();
}

/// <summary>
/// The <c>csharp</c> blocks of the tested pages as snippets, their projects joined by <c>continues</c>;
/// an <c>edits</c> block is the previous block with the edit applied, standing in its place.
/// </summary>
internal static class DocSnippets
{
    private static readonly Lazy<IReadOnlyList<DocSnippet>> s_all = new(() =>
    {
        var snippets = new List<DocSnippet>();
        foreach (var page in DocPages.AllBlocks.Where(b => b.Language == "csharp").GroupBy(b => b.Page))
        {
            DocSnippet? previous = null;
            foreach (var block in page)
            {
                var marker = CompileMarker.Parse(block.Marker);
                if ((marker.Continues || marker.Edits is not null) && previous is not { Marker.IsCompiled: true })
                {
                    throw new FormatException($"{block} continues or edits the previous csharp block of its page, but there is no compiled one.");
                }

                previous = marker.Edits is { } start
                    ? new DocSnippet(block with { Text = Edit(previous!.Block, block, start, marker.EditsThrough) }, marker, previous.Earlier)
                    : new DocSnippet(block, marker, marker.Continues ? previous!.Project : []);
                snippets.Add(previous);
            }
        }

        return snippets;
    });

    public static IReadOnlyList<DocSnippet> All => s_all.Value;

    public static DocSnippet Find(string block) => All.Single(s => s.Block.ToString() == block);

    /// <summary>
    /// <paramref name="target"/>'s text with <paramref name="edit"/>'s lines in place of as many lines from the one that
    /// contains <paramref name="start"/>, or, with <paramref name="end"/>, in place of the lines from there through the
    /// first that contains <paramref name="end"/>.
    /// </summary>
    private static string Edit(FencedBlock target, FencedBlock edit, string start, string? end)
    {
        var lines = target.Text.TrimEnd('\n').Split('\n').ToList();
        var replacement = edit.Text.TrimEnd('\n').Split('\n');
        var at = lines.Select((line, i) => (line, i)).Where(l => l.line.Contains(start, StringComparison.Ordinal)).Select(l => l.i).ToList();
        int count = replacement.Length;
        if (at.Count == 1 && end is not null)
        {
            int last = lines.FindIndex(at[0], l => l.Contains(end, StringComparison.Ordinal));
            if (last < 0)
            {
                throw new FormatException($"{edit} edits the previous csharp block ({target}) from the line that contains `{start}` through one that contains `{end}`, but no line from there contains it.");
            }

            count = last - at[0] + 1;
        }

        if (at.Count != 1 || at[0] + count > lines.Count)
        {
            throw new FormatException($"{edit} edits from the line of the previous csharp block ({target}) that contains `{start}`, but {at.Count} lines contain it{(at.Count == 1 ? " and too few follow" : "")}.");
        }

        lines.RemoveRange(at[0], count);
        lines.InsertRange(at[0], replacement);
        return string.Concat(lines.Select(l => l + "\n"));
    }
}
