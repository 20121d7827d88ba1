using System.Collections.Immutable;
using System.Composition;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// KPO0001 on <c>Country.Parse("UK")</c>: replaces the whole call with the static member of the
/// suggested country, <c>Country.GB</c>, which cannot be wrong and needs no parsing. Certain
/// suggestions are "Use Country.GB", applied by Fix All and <c>dotnet format</c> with every other
/// certain fix (<see cref="CertainFixAll"/>); a guess ("Germny") is "Suggestion: use Country.DE",
/// never applied in bulk.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CountryMemberCodeFixProvider))]
[Shared]
public sealed class CountryMemberCodeFixProvider : CodeFixProvider
{
    private static readonly FixAllProvider s_fixAll = CertainFixAll.Create(DidYouMeanEdits.Certain);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownJurisdiction);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => s_fixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Properties.TryGetValue(FixProperties.CountryMember, out string? member)
                || member is null
                || DidYouMeanEdits.CountryMember(diagnostic, root, member) is not { } change)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                FixProperties.IsCertain(diagnostic.Properties)
                    ? CodeAction.Create($"Use Country.{member}", ct => DocumentEdits.ApplyAsync(document, change, ct), CertainFixAll.EquivalenceKey)
                    : CodeAction.Create($"Suggestion: use Country.{member}", ct => DocumentEdits.ApplyAsync(document, change, ct), CertainFixAll.NoEquivalenceKey),
                diagnostic);
        }
    }
}
