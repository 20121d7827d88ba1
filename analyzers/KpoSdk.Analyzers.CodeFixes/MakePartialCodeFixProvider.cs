using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// KPO9001: adds <c>partial</c> to the contract type's declaration, in the position C# requires
/// (last before the type keyword). Always certain, so Fix All and <c>dotnet format</c> apply it
/// to every declaration (<see cref="CertainFixAll"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFixProvider))]
[Shared]
public sealed class MakePartialCodeFixProvider : CodeFixProvider
{
    private static readonly FixAllProvider s_fixAll = CertainFixAll.Create(AddPartial);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContractNotPartial);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => s_fixAll;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || AddPartial(diagnostic, root) is not { } change)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{Declaration(diagnostic, root)!.Identifier.ValueText}' partial",
                    ct => DocumentEdits.ApplyAsync(document, change, ct),
                    CertainFixAll.EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// Inserts <c>partial </c> right before the type keyword (<c>class</c>, <c>record</c>), after
    /// any other modifier, and so after attributes, comments and indentation; null when the
    /// diagnostic is not on the name of a declaration without <c>partial</c>.
    /// </summary>
    private static TextChange? AddPartial(Diagnostic diagnostic, SyntaxNode root) =>
        diagnostic.Id == DiagnosticIds.ContractNotPartial && Declaration(diagnostic, root) is { } declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            ? new TextChange(new TextSpan(declaration.Keyword.SpanStart, 0), "partial ")
            : null;

    private static TypeDeclarationSyntax? Declaration(Diagnostic diagnostic, SyntaxNode root) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as TypeDeclarationSyntax;
}
