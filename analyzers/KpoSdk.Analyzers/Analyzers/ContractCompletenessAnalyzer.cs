using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO9005 (a contract without <c>[CoverageWindow]</c>, reported on its <c>[ServiceLevelContract]</c>)
/// and KPO9006 (an enum argument of a contract attribute that names no member, reported on the
/// argument): declarations that compile but from which the generator cannot build a contract.
/// Both come from the reader the generator uses, so they are exactly its reasons to skip.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractCompletenessAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContractIncomplete, DiagnosticDescriptors.UndefinedContractValue);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is { ServiceLevelContract: not null })
            {
                start.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
            }
        });
    }

    private void Analyze(SymbolAnalysisContext context) =>
        ContractReader.Read((INamedTypeSymbol)context.Symbol, Reports.Only(SupportedDiagnostics, context.ReportDiagnostic), context.CancellationToken);
}
