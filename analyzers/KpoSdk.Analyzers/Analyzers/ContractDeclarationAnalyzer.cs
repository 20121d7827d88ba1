using System.Collections.Immutable;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO9001-9003: a type marked <c>[ServiceLevelContract]</c> that the generator cannot complete
/// because it is not partial, is nested in another type, or is generic. Reported on the type's name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractDeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
        DiagnosticDescriptors.ContractNotPartial, DiagnosticDescriptors.ContractNested, DiagnosticDescriptors.ContractGeneric);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is { ServiceLevelContract: { } contract })
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, contract), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol contract)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!HasAttribute(type, contract))
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
    }

    private static bool HasAttribute(INamedTypeSymbol type, INamedTypeSymbol contract)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, contract))
            {
                return true;
            }
        }

        return false;
    }
}
