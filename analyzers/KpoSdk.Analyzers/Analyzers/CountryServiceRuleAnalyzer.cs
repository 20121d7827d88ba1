using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO1001-1005: evaluates the country/service rules (the knowledge base's defaults with the
/// project's <c>kpo.rules.json</c> overlay) on every service, client and delivery jurisdiction
/// the code fixes at compile time: each delivery jurisdiction of a <c>[ServiceLevelContract]</c>
/// with the contract's <c>[Safeguards]</c>, and each client and delivery pair of an
/// <c>[assembly: ServiceOffering]</c> with the line's own <c>Safeguards</c>. A violation is
/// reported on the delivery jurisdiction with the rule's severity, message, key and citation. A
/// <c>RuleSet.Evaluate</c> call is a question, not a declaration, and is not diagnosed for the
/// rule it asks about (its constant arguments are still checked as input).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CountryServiceRuleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
        DiagnosticDescriptors.SanctionedJurisdiction, DiagnosticDescriptors.LicensedProfessionalRequired, DiagnosticDescriptors.PersonalDataTransfer,
        DiagnosticDescriptors.MissingSafeguard);

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

            var settings = CompilationSettings.Create(start.Options, start.CancellationToken);
            if (sdk.ServiceLevelContract is not null)
            {
                start.RegisterSymbolAction(symbol => AnalyzeContract(symbol, settings), SymbolKind.NamedType);
            }

            if (sdk.ServiceOffering is not null)
            {
                var compilation = start.Compilation;
                var catalog = new Lazy<ServiceCatalog>(() => ServiceCatalog.Read(compilation, sdk, CancellationToken.None));
                start.RegisterSyntaxNodeAction(node => AnalyzeCatalog(node, catalog, settings), SyntaxKind.AttributeList);
            }

        });
    }

    private static void AnalyzeContract(SymbolAnalysisContext context, CompilationSettings settings)
    {
        var ct = context.CancellationToken;
        if (ContractReader.Read((INamedTypeSymbol)context.Symbol, report: null, ct) is not { HasCase: true, Contract.ApplicationSyntaxReference: { } reference } declaration)
        {
            return;
        }

        var date = settings.DateFor(reference.SyntaxTree);
        var clientLocation = declaration.ClientLocation(ct);
        var safeguards = SafeguardSet.Of(declaration.Safeguards);
        for (int i = 0; i < declaration.Deliveries.Length; i++)
        {
            RuleChecks.Evaluate(settings.Rules, declaration.Service!.Value, declaration.Client!.Value, declaration.Deliveries[i].Id, date, safeguards, declaration.DeliveryLocation(i, ct), context.ReportDiagnostic, [clientLocation]);
        }
    }

    private static void AnalyzeCatalog(SyntaxNodeAnalysisContext context, Lazy<ServiceCatalog> catalog, CompilationSettings settings)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) != true)
        {
            return;
        }

        foreach (var syntax in list.Attributes)
        {
            if (catalog.Value.Find(syntax) is { } attribute)
            {
                AnalyzeOffering(attribute, settings, context);
            }
        }
    }

    /// <summary>
    /// Every client and delivery pair of one offering. A rule broken by several clients from the
    /// same delivery jurisdiction is reported once there, naming the other clients
    /// (<see cref="OfferingViolations"/>, which catalog documents share).
    /// </summary>
    private static void AnalyzeOffering(AttributeData attribute, CompilationSettings settings, SyntaxNodeAnalysisContext context)
    {
        var ct = context.CancellationToken;
        if (attribute.ConstructorArguments.Length != 1
            || !RuleChecks.TryService(attribute.ConstructorArguments[0].Value, out var service)
            || !AttributeArgument.TryNamed(attribute, ContractAttributeNames.Clients, ct, out var clientsArgument)
            || !AttributeArgument.TryNamed(attribute, ContractAttributeNames.DeliveredFrom, ct, out var deliveredArgument)
            || clientsArgument.Text is null || deliveredArgument.Text is null
            || InputChecks.JurisdictionList(ValueSite.Of(clientsArgument), static _ => { }) is not { } clients
            || InputChecks.JurisdictionList(ValueSite.Of(deliveredArgument), static _ => { }) is not { } deliveries)
        {
            return;
        }

        var date = settings.DateFor(context.Node.SyntaxTree);
        var safeguards = OfferingSafeguards(attribute);
        var clientIds = clients.Select(c => c.Id).ToArray();
        foreach (var delivery in deliveries)
        {
            var location = deliveredArgument.Locate(delivery.Start, delivery.Length);
            foreach (var found in OfferingViolations.Evaluate(settings.Rules, service, clientIds, delivery.Id, date, safeguards))
            {
                var client = clients[found.ClientIndex];
                context.ReportDiagnostic(RuleChecks.Create(found.Violation, location, [clientsArgument.Locate(client.Start, client.Length)], found.OtherClients));
            }
        }
    }

    /// <summary>The defined safeguards of an offering's <c>Safeguards</c> (an undefined value lifts nothing).</summary>
    private static SafeguardSet OfferingSafeguards(AttributeData attribute)
    {
        var set = SafeguardSet.None;
        foreach (var element in AttributeValues.NamedArray(attribute, ContractAttributeNames.OfferingSafeguards, out _) ?? [])
        {
            if (element.Value is int value && Enum.IsDefined(typeof(Safeguard), value))
            {
                set = set.With((Safeguard)value);
            }
        }

        return set;
    }
}
