using System.Collections.Immutable;
using System.Composition;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// "Did you mean": replaces the offending text inside a string literal with a suggestion the
/// diagnostic carries: the country, subdivision or language code (KPO0001, KPO0003: "UK" to "GB",
/// "USA-NY" to "US-NY", "jp" to "ja"), the nearest zone IDs (KPO0002), or a zone of the client's
/// country (KPO2001). One action per suggestion, best first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceCodeFixProvider))]
[Shared]
public sealed class ReplaceCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.UnknownJurisdiction, DiagnosticIds.UnknownTimeZone, DiagnosticIds.UnknownLanguage, DiagnosticIds.CoverageZoneOutsideClientCountry);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Replacements, out string? joined) || string.IsNullOrEmpty(joined))
            {
                continue;
            }

            foreach (string replacement in joined!.Split(FixProperties.Separator))
            {
                var span = diagnostic.Location.SourceSpan;
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{replacement}'",
                        ct => Replace(document, span, replacement, ct),
                        equivalenceKey: "KpoSdk.Replace." + diagnostic.Id + "." + replacement),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> Replace(Document document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.WithText(text.WithChanges(new TextChange(span, replacement)));
    }
}
