using System.Collections.Immutable;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO1004: a contract whose service, client and delivery jurisdiction no
/// <c>[assembly: ServiceOffering]</c> designates, in this assembly or in a referenced one. A
/// project that declares no catalog at all is not checked. Reported on the delivery jurisdiction.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogDesignationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotDesignatedInCatalog);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is not { ServiceLevelContract: not null, ServiceOffering: not null } sdk)
            {
                return;
            }

            var compilation = start.Compilation;
            var catalog = new Lazy<ServiceCatalog>(() => ServiceCatalog.Read(compilation, sdk, CancellationToken.None));
            start.RegisterSymbolAction(symbol => Analyze(symbol, sdk, catalog), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, SdkSymbols sdk, Lazy<ServiceCatalog> catalog)
    {
        if (ContractAttributes.Read((INamedTypeSymbol)context.Symbol, sdk)?.Contract is not { } contract
            || ContractCase.Read(contract, context.CancellationToken) is not { } contractCase
            || !catalog.Value.IsDeclared)
        {
            return;
        }

        for (int i = 0; i < contractCase.Deliveries.Length; i++)
        {
            var delivery = contractCase.Deliveries[i].Id;
            if (!catalog.Value.Offerings.Any(o => o.Designates(contractCase.Service, contractCase.Client, delivery)))
            {
                string combination = $"{ServiceLines.Info(contractCase.Service).Title} for a client in {JurisdictionText.Describe(contractCase.Client)} delivered from {JurisdictionText.Describe(delivery)}";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NotDesignatedInCatalog,
                    contractCase.DeliveryLocation(i),
                    combination,
                    catalog.Value.DescribeDesignations(contractCase.Service, contractCase.Client)));
            }
        }
    }
}
