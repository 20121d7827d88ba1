using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
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
        DiagnosticDescriptors.UnknownJurisdiction, DiagnosticDescriptors.UnknownTimeZone, DiagnosticDescriptors.UnknownLanguage,
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

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, sdk), SymbolKind.NamedType);
            if (sdk.ServiceOffering is not null)
            {
                var compilation = start.Compilation;
                var catalog = new Lazy<ServiceCatalog>(() => ServiceCatalog.Read(compilation, sdk, CancellationToken.None));
                start.RegisterSyntaxNodeAction(node => AnalyzeCatalog(node, catalog), SyntaxKind.AttributeList);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, SdkSymbols sdk)
    {
        if (ContractAttributes.Read((INamedTypeSymbol)context.Symbol, sdk) is not { } attributes)
        {
            return;
        }

        var ct = context.CancellationToken;
        Report report = context.ReportDiagnostic;
        if (attributes.Contract is { } contract)
        {
            if (AttributeArgument.TryNamed(contract, "Client", ct, out var client)
                && MissingValues.Require(client, DiagnosticDescriptors.UnknownJurisdiction, "The contract's Client jurisdiction", report) is not null)
            {
                InputChecks.Jurisdiction(ValueSite.Of(client), report);
            }

            if (AttributeArgument.TryNamed(contract, "DeliveredFrom", ct, out var deliveredFrom)
                && MissingValues.Require(deliveredFrom, DiagnosticDescriptors.UnknownJurisdiction, "The contract's DeliveredFrom list of jurisdictions", report) is not null)
            {
                InputChecks.JurisdictionList(ValueSite.Of(deliveredFrom), report);
            }
        }

        if (attributes.CoverageWindow is { } window)
        {
            if (AttributeArgument.TryPositional(window, 0, ct, out var zone)
                && MissingValues.Require(zone, DiagnosticDescriptors.UnknownTimeZone, "The coverage window's time-zone ID", report) is not null)
            {
                InputChecks.Zone(ValueSite.Of(zone), report);
            }

            if (AttributeArgument.TryPositional(window, 1, ct, out var hours)
                && MissingValues.Require(hours, DiagnosticDescriptors.MalformedWeeklyHours, "The coverage window's weekly hours", report) is not null)
            {
                InputChecks.WeeklyHours(ValueSite.Of(hours), report);
            }
        }

        CheckTarget(attributes.ResponseTime, "The response time", ct, report);
        CheckTarget(attributes.ResolutionTime, "The resolution time", ct, report);
        foreach (var credential in attributes.Credentials)
        {
            if (AttributeArgument.TryNamed(credential, "GrantedIn", ct, out var grantedIn) && grantedIn.Text is not null)
            {
                InputChecks.Jurisdiction(ValueSite.Of(grantedIn), report);
            }
        }

        foreach (var language in attributes.Languages)
        {
            if (AttributeArgument.TryPositional(language, 0, ct, out var code)
                && MissingValues.Require(code, DiagnosticDescriptors.UnknownLanguage, "The required language code", report) is not null)
            {
                InputChecks.Language(ValueSite.Of(code), report);
            }
        }
    }

    private static void CheckTarget(AttributeData? target, string what, CancellationToken ct, Report report)
    {
        if (target is not null
            && AttributeArgument.TryPositional(target, 0, ct, out var amount)
            && MissingValues.Require(amount, DiagnosticDescriptors.MalformedDuration, what, report) is not null
            && InputChecks.TargetAmount(ValueSite.Of(amount), report))
        {
            CalendarDayLimit.Check(target, amount, ct, report);
        }

        if (target is not null)
        {
            WarningThresholds.Check(target, what, ct, report);
        }
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
            if (AttributeArgument.TryNamed(offering, "Clients", ct, out var clients)
                && MissingValues.Require(clients, DiagnosticDescriptors.UnknownJurisdiction, "The offering's Clients list of jurisdictions", report) is not null)
            {
                InputChecks.JurisdictionList(ValueSite.Of(clients), report);
            }

            if (AttributeArgument.TryNamed(offering, "DeliveredFrom", ct, out var deliveredFrom)
                && MissingValues.Require(deliveredFrom, DiagnosticDescriptors.UnknownJurisdiction, "The offering's DeliveredFrom list of jurisdictions", report) is not null)
            {
                InputChecks.JurisdictionList(ValueSite.Of(deliveredFrom), report);
            }
        }
    }
}
