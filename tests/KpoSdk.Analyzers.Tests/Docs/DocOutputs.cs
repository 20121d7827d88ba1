using KpoSdk.Shared.Docs;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>A <c>text</c> block with an output marker, and the snippet whose output it shows (the page's previous <c>csharp</c> block).</summary>
internal sealed record DocOutput(FencedBlock Block, OutputMarker Kind, DocSnippet Snippet)
{
    public override string ToString() => Block.ToString();
}

internal static class DocOutputs
{
    private static readonly Lazy<IReadOnlyList<DocOutput>> s_all = new(() =>
    {
        var outputs = new List<DocOutput>();
        foreach (var page in DocPages.AllBlocks.GroupBy(b => b.Page))
        {
            DocSnippet? previous = null;
            foreach (var block in page)
            {
                if (block.Language == "csharp")
                {
                    previous = DocSnippets.Find(block.ToString());
                }
                else if (block.Language == "text" && OutputMarkers.Parse(block.Marker) is { } kind)
                {
                    outputs.Add(previous is { Marker.IsCompiled: true }
                        ? new DocOutput(block, kind, previous)
                        : throw new FormatException($"{block} shows the output of the previous csharp block of its page, but there is no compiled one."));
                }
            }
        }

        return outputs;
    });

    public static IReadOnlyList<DocOutput> All => s_all.Value;

    /// <summary>The <c>output: run</c> block that shows what <paramref name="snippet"/> prints, if any.</summary>
    public static DocOutput? PrintedBy(DocSnippet snippet) => All.SingleOrDefault(o => o.Kind == OutputMarker.Run && o.Snippet == snippet);
}
