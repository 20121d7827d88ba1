using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// Fix All for every provider of the package: it applies the certain fix of each diagnostic in
/// scope and never a guess, whichever action it was started from.
/// </summary>
/// <remarks>
/// Fix All cannot trust the equivalence key it is started with. <c>dotnet format analyzers</c>
/// takes the key of the first action registered for the first diagnostic it finds, which may be a
/// guess, another ID's action or no action at all; a Fix All that matched keys (the batch fixer)
/// then fixed nothing and printed "didn't return a Fix All action", or applied that one guess
/// ("US-TX") wherever it fitted. So every action of a certain fix shares
/// <see cref="EquivalenceKey"/>, a guess has no key (Roslyn offers no Fix All for keyless actions
/// when a diagnostic has several), and Fix All decides per diagnostic, from its properties, what
/// is certain.
/// </remarks>
internal static class CertainFixAll
{
    /// <summary>The equivalence key of every certain fix, across providers and diagnostic IDs.</summary>
    public const string EquivalenceKey = "KpoSdk.Certain";

    /// <summary>
    /// The key of a guess: none, so that an editor does not offer to apply the guess everywhere
    /// (a field, not the <c>null</c> literal, which RS1010 rightly flags where a key was forgotten).
    /// </summary>
    public static readonly string? NoEquivalenceKey = null;

    /// <summary>
    /// A Fix All applying, in each document, the text change <paramref name="certainChange"/>
    /// returns for each diagnostic (null where the diagnostic has no certain fix).
    /// </summary>
    public static FixAllProvider Create(Func<Diagnostic, SyntaxNode, TextChange?> certainChange) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            var tree = await document.GetSyntaxTreeAsync(context.CancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            if (tree is null)
            {
                return null;
            }

            var root = await tree.GetRootAsync(context.CancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            foreach (var diagnostic in diagnostics)
            {
                if (Describes(diagnostic, tree, text, context.CancellationToken) && certainChange(diagnostic, root) is { } change)
                {
                    changes.Add(change);
                }
            }

            var disjoint = Disjoint(changes);
            return disjoint.Count == 0 ? null : document.WithText(text.WithChanges(disjoint));
        });

    /// <summary>
    /// Whether the diagnostic's spans are spans of this text. <c>dotnet format</c> hands a second
    /// provider of the same ID the diagnostics it computed before the first provider changed the
    /// file; applied to the new text they would replace the wrong characters.
    /// </summary>
    private static bool Describes(Diagnostic diagnostic, SyntaxTree tree, SourceText text, CancellationToken cancellationToken) =>
        diagnostic.Location.SourceTree is { } source
        && (source == tree || source.GetText(cancellationToken).ContentEquals(text));

    /// <summary>The changes in order, without repeats (two analyzers may report the same text) and without any that overlaps an earlier one.</summary>
    private static List<TextChange> Disjoint(List<TextChange> changes)
    {
        changes.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        var result = new List<TextChange>(changes.Count);
        foreach (var change in changes)
        {
            if (result.Count > 0 && result[result.Count - 1].Span.End > change.Span.Start)
            {
                continue;
            }

            if (result.Count > 0 && result[result.Count - 1].Span == change.Span && result[result.Count - 1].NewText == change.NewText)
            {
                continue;
            }

            result.Add(change);
        }

        return result;
    }
}
