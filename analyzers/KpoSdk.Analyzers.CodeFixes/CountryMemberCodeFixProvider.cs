using System.Collections.Immutable;
using System.Composition;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Simplification;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// KPO0001 on <c>Country.Parse("UK")</c>: replaces the whole call with the static member of the
/// suggested country, <c>Country.GB</c>, which cannot be wrong and needs no parsing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CountryMemberCodeFixProvider))]
[Shared]
public sealed class CountryMemberCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownJurisdiction);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.TryGetValue(FixProperties.CountryMember, out string? member)
                || member is null
                || diagnostic.AdditionalLocations.Count == 0
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not { } call)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use Country.{member}",
                    _ =>
                    {
                        var replacement = SyntaxFactory.ParseExpression("global::KpoSdk.Country." + member)
                            .WithTriviaFrom(call)
                            .WithAdditionalAnnotations(Simplifier.Annotation);
                        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(call, replacement)));
                    },
                    equivalenceKey: "KpoSdk.CountryMember." + member),
                diagnostic);
        }
    }
}
