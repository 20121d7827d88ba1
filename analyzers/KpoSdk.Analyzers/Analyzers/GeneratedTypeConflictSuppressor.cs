using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// Suppresses CS0436 for the generator's own internal types (<c>KpoSdk.Generated.ServiceLevelContractRegistry</c>,
/// <c>KpoSdk.Generated.ProjectRules</c>): every assembly with contracts has them, so a library that
/// grants <c>InternalsVisibleTo</c> to an application with contracts brings a second copy, and the
/// compiler warns (an error under warnings-as-errors) although it picks the right one, the
/// assembly's own. Other assemblies' contracts are listed by
/// <c>KpoSdk.Contracts.ServiceLevelContracts.Of(assembly)</c>, not through these types.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedTypeConflictSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor s_rule = new(
        "KPOSP0436",
        "CS0436",
        "The KpoSdk generator's internal types exist in every assembly with contracts; with InternalsVisibleTo they meet, and the compiler uses this assembly's own, which is the one meant.");

    private static readonly string[] s_generatedTypes = ["ServiceLevelContractRegistry", "ProjectRules"];

    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(s_rule);

    /// <inheritdoc/>
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree
                || tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node)
            {
                continue;
            }

            // The warning spans the type's name as written: a simple or a qualified name.
            var name = node switch
            {
                QualifiedNameSyntax qualified => qualified.Right,
                AliasQualifiedNameSyntax alias => alias.Name,
                MemberAccessExpressionSyntax access => access.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name is not null
                && Array.IndexOf(s_generatedTypes, name.Identifier.ValueText) >= 0
                && context.GetSemanticModel(tree).GetSymbolInfo(name, context.CancellationToken).Symbol is INamedTypeSymbol { ContainingNamespace: { Name: "Generated", ContainingNamespace: { Name: "KpoSdk", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                context.ReportSuppression(Suppression.Create(s_rule, diagnostic));
            }
        }
    }
}
