using System.Collections.Immutable;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
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
            start.RegisterSymbolAction(symbol => Analyze(symbol, catalog), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, Lazy<ServiceCatalog> catalog)
    {
        var ct = context.CancellationToken;
        if (ContractReader.Read((INamedTypeSymbol)context.Symbol, report: null, ct) is not { HasCase: true } declaration
            || !catalog.Value.IsDeclared)
        {
            return;
        }

        var service = declaration.Service!.Value;
        var client = declaration.Client!.Value;
        for (int i = 0; i < declaration.Deliveries.Length; i++)
        {
            var delivery = declaration.Deliveries[i].Id;
            if (!catalog.Value.Offerings.Any(o => o.Designates(service, client, delivery)))
            {
                string combination = $"{ServiceLines.Info(service).Title} for a client in {JurisdictionText.Describe(client)} delivered from {JurisdictionText.Describe(delivery)}";
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NotDesignatedInCatalog,
                    declaration.DeliveryLocation(i, ct),
                    $"{combination} is not designated by any [assembly: ServiceOffering] of the catalog; {catalog.Value.DescribeDesignations(service, client)}"));
            }
        }
    }
}
