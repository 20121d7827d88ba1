using System.Collections.Immutable;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO9001-9004: a type marked <c>[ServiceLevelContract]</c> that the generator cannot complete
/// because it is not partial, is nested in another type, is generic, or has a shape that the
/// generated part or the contract registry cannot work with (static, abstract, ref struct,
/// file-local, no accessible parameterless constructor, invalid name, a member named like a generated
/// one). Reported on the type's name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
        DiagnosticDescriptors.ContractNotPartial, DiagnosticDescriptors.ContractNested, DiagnosticDescriptors.ContractGeneric,
        DiagnosticDescriptors.ContractNotCompletable);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is { ServiceLevelContract: not null } sdk)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, sdk), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, SdkSymbols sdk)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (FindAttribute(type, sdk.ServiceLevelContract) is not { } attribute)
        {
            return;
        }

        var references = type.DeclaringSyntaxReferences;
        for (int i = 0; i < references.Length; i++)
        {
            if (references[i].GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            var name = declaration.Identifier.GetLocation();
            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContractNotPartial, name, type.Name));
            }

            if (type.ContainingType is { } outer && i == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContractNested, name, type.Name, outer.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }

            if (declaration.TypeParameterList is { } parameters && i == 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContractGeneric, parameters.GetLocation(), type.Name, parameters.ToString()));
            }
        }

        var problem = ContractShape.Find(type) ?? MemberClash(type, sdk);
        if (problem is { } shape && NameOfMarkedPart(type, attribute, context.CancellationToken) is { } location)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ContractNotCompletable, location, type.Name, shape.Problem, shape.Fix));
        }
    }

    /// <summary>
    /// The name in the declaration that carries the attribute (where the user looks), else in the
    /// first declaration; null when there is no name in source to point at.
    /// </summary>
    private static Location? NameOfMarkedPart(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken)
    {
        var marked = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).Parent?.Parent as TypeDeclarationSyntax;
        if (marked is null && !type.DeclaringSyntaxReferences.IsEmpty)
        {
            marked = type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as TypeDeclarationSyntax;
        }

        return marked?.Identifier.GetLocation();
    }

    /// <summary>A member of the type that the generated part would duplicate or hide, as a KPO9004 problem and fix.</summary>
    private static (string Problem, string Fix)? MemberClash(INamedTypeSymbol type, SdkSymbols sdk)
    {
        bool hasResponse = FindAttribute(type, sdk.ResponseTime) is not null;
        bool hasResolution = FindAttribute(type, sdk.ResolutionTime) is not null;
        return GeneratedMemberClash.Find(type, hasResponse, hasResolution) is { } problem
            ? (problem, "rename it: the generated part declares the contract's members (Service, Client, Coverage, Validate, …) under these names")
            : null;
    }

    private static AttributeData? FindAttribute(INamedTypeSymbol type, INamedTypeSymbol? contract)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, contract))
            {
                return attribute;
            }
        }

        return null;
    }
}
