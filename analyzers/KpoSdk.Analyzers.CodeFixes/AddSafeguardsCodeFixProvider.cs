using System.Collections.Immutable;
using System.Composition;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// KPO1003/KPO1005 on a contract: declares a safeguard that lifts the rule, one action per way the
/// rule data names (<c>[Safeguards(Safeguard.UkInternationalDataTransferAgreement)]</c>, or both
/// safeguards of a way that needs two). It adds to the contract's <c>[Safeguards]</c> when it has
/// one, and adds the attribute otherwise. Only what the diagnostic says would lift it is offered,
/// so a sanction (which nothing lifts) has no fix.
/// </summary>
/// <remarks>
/// Declaring a safeguard says the engagement has it (the consent was obtained, the contract signed), which only its author can know: even a
/// single way is never certain, so Fix All and <c>dotnet format</c> leave these diagnostics as
/// they are (<see cref="CertainFixAll"/>), and the actions have no equivalence key.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddSafeguardsCodeFixProvider))]
[Shared]
public sealed class AddSafeguardsCodeFixProvider : CodeFixProvider
{
    private static readonly FixAllProvider s_fixAll = CertainFixAll.Create((_, _) => null);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.PersonalDataTransfer, DiagnosticIds.MissingSafeguard);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => s_fixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FixProperties.Safeguards, out string? joined) || string.IsNullOrEmpty(joined)
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>()?.Parent?.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            foreach (string set in joined!.Split(FixProperties.Separator))
            {
                var safeguards = set.Split(FixProperties.SafeguardSeparator);
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare [Safeguards({string.Join(", ", safeguards.Select(s => "Safeguard." + s))})]",
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(type, Declare(type, safeguards, model)))),
                        CertainFixAll.NoEquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static TypeDeclarationSyntax Declare(TypeDeclarationSyntax type, IReadOnlyList<string> safeguards, SemanticModel model)
    {
        string safeguardType = Names(model, type.SpanStart, "Safeguard", "KpoSdk.Safeguard") ? "Safeguard" : "KpoSdk.Safeguard";
        var existing = type.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => IsSafeguards(a, model));
        if (existing is not null)
        {
            string written = existing.ArgumentList?.ToString() ?? string.Empty;
            var added = safeguards.Where(s => !written.Contains("." + s, StringComparison.Ordinal))
                .Select(s => SyntaxFactory.AttributeArgument(SyntaxFactory.ParseExpression(safeguardType + "." + s)));
            var list = existing.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
            return type.ReplaceNode(existing, existing.WithArgumentList(list.AddArguments([.. added])));
        }

        string attributeName = Names(model, type.SpanStart, "SafeguardsAttribute", "KpoSdk.Contracts.SafeguardsAttribute") ? "Safeguards" : "KpoSdk.Contracts.Safeguards";
        var attribute = SyntaxFactory.ParseCompilationUnit($"[{attributeName}({string.Join(", ", safeguards.Select(s => safeguardType + "." + s))})]\nclass C {{ }}")
            .Members[0].AttributeLists[0];
        var last = type.AttributeLists.Last();
        var indentation = last.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        attribute = attribute.WithLeadingTrivia(indentation).WithTrailingTrivia(last.GetTrailingTrivia());
        return type.WithAttributeLists(type.AttributeLists.Insert(type.AttributeLists.IndexOf(last) + 1, attribute));
    }

    private static bool IsSafeguards(AttributeSyntax attribute, SemanticModel model) =>
        model.GetTypeInfo(attribute).Type is { Name: "SafeguardsAttribute", ContainingNamespace: { Name: "Contracts", ContainingNamespace.Name: "KpoSdk" } };

    /// <summary>Whether <paramref name="name"/> binds to <paramref name="fullName"/> at <paramref name="position"/> (a using directive brings it in).</summary>
    private static bool Names(SemanticModel model, int position, string name, string fullName) =>
        model.LookupNamespacesAndTypes(position, name: name).Any(s => s.ToDisplayString() == fullName);
}
