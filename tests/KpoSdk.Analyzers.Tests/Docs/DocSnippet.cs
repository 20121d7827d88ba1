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

/// <summary>The <c>csharp</c> blocks of the tested pages as snippets, their projects joined by <c>continues</c>.</summary>
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
                if (marker.Continues && previous is not { Marker.IsCompiled: true })
                {
                    throw new FormatException($"{block} continues the previous csharp block of its page, but there is no compiled one.");
                }

                previous = new DocSnippet(block, marker, marker.Continues ? previous!.Project : []);
                snippets.Add(previous);
            }
        }

        return snippets;
    });

    public static IReadOnlyList<DocSnippet> All => s_all.Value;

    public static DocSnippet Find(string block) => All.Single(s => s.Block.ToString() == block);
}
