using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO0001-0005 in the contract attributes (<c>[ServiceLevelContract]</c>, <c>[CoverageWindow]</c>,
/// <c>[ResponseTime]</c>, <c>[ResolutionTime]</c>, <c>[RequiresCredential]</c>,
/// <c>[RequiresLanguage]</c>) and in the assembly's <c>[assembly: ServiceOffering]</c> catalog:
/// every code, zone ID, duration and weekly-hours text is parsed by the parser the runtime and the
/// generator use, and the error is reported on the offending characters inside the literal.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AttributeInputAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    ImmutableArray.Create(
        DiagnosticDescriptors.UnknownJurisdiction, DiagnosticDescriptors.UnknownTimeZone, DiagnosticDescriptors.UnknownLanguage, DiagnosticDescriptors.NoBuiltInHolidays,
        DiagnosticDescriptors.MalformedDuration, DiagnosticDescriptors.MalformedWeeklyHours);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is not { } sdk)
            {
                return;
            }

            start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
            if (sdk.ServiceOffering is not null)
            {
                var compilation = start.Compilation;
                var catalog = new Lazy<ServiceCatalog>(() => ServiceCatalog.Read(compilation, sdk, CancellationToken.None));
                start.RegisterSyntaxNodeAction(node => AnalyzeCatalog(node, catalog), SyntaxKind.AttributeList);
            }
        });
    }

    private void AnalyzeType(SymbolAnalysisContext context)
    {
        // The shared reader reports every value of the contract attributes; this analyzer owns the input IDs.
        ContractReader.Read((INamedTypeSymbol)context.Symbol, Reports.Only(SupportedDiagnostics, context.ReportDiagnostic), context.CancellationToken);
    }

    private static void AnalyzeCatalog(SyntaxNodeAnalysisContext context, Lazy<ServiceCatalog> catalog)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
        {
            return;
        }

        Report report = context.ReportDiagnostic;
        foreach (var syntax in list.Attributes)
        {
            if (catalog.Value.Find(syntax) is not { } offering)
            {
                continue;
            }

            var ct = context.CancellationToken;
            if (RequiredValues.Text(offering, ContractAttributeNames.Clients, DiagnosticDescriptors.UnknownJurisdiction, "The offering's Clients list of jurisdictions", report, ct) is not null
                && AttributeArgument.TryNamed(offering, ContractAttributeNames.Clients, ct, out var clients))
            {
                InputChecks.JurisdictionList(ValueSite.Of(clients), report);
            }

            if (RequiredValues.Text(offering, ContractAttributeNames.DeliveredFrom, DiagnosticDescriptors.UnknownJurisdiction, "The offering's DeliveredFrom list of jurisdictions", report, ct) is not null
                && AttributeArgument.TryNamed(offering, ContractAttributeNames.DeliveredFrom, ct, out var deliveredFrom))
            {
                InputChecks.JurisdictionList(ValueSite.Of(deliveredFrom), report);
            }
        }
    }
}
