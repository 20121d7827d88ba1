using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>Applies a fix's text change, the same change Fix All makes for that diagnostic.</summary>
internal static class DocumentEdits
{
    public static async Task<Document> ApplyAsync(Document document, TextChange change, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(change));
    }
}
