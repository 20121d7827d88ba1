using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO1001-1003: evaluates the country/service rules (the knowledge base's defaults with the
/// project's <c>kpo.rules.json</c> overlay) on every service, client and delivery jurisdiction
/// the code fixes at compile time: each delivery jurisdiction of a <c>[ServiceLevelContract]</c>,
/// each client and delivery pair of an <c>[assembly: ServiceOffering]</c>, and
/// <c>RuleSet.Evaluate</c> calls whose service and jurisdictions are constants. A violation is
/// reported on the delivery jurisdiction with the rule's severity, message, key and citation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CountryServiceRuleAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
        DiagnosticDescriptors.SanctionedJurisdiction, DiagnosticDescriptors.LicensedProfessionalRequired, DiagnosticDescriptors.PersonalDataTransfer);

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

            if (sdk.RuleSet is not null)
            {
                start.RegisterOperationAction(operation => AnalyzeEvaluate(operation, sdk, settings), OperationKind.Invocation);
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
        for (int i = 0; i < declaration.Deliveries.Length; i++)
        {
            RuleChecks.Evaluate(settings.Rules, declaration.Service!.Value, declaration.Client!.Value, declaration.Deliveries[i].Id, date, declaration.DeliveryLocation(i, ct), context.ReportDiagnostic, [clientLocation]);
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
    /// same delivery jurisdiction is reported once there, naming the other clients, so a long
    /// client list does not stack identical squiggles.
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
        foreach (var delivery in deliveries)
        {
            var found = new Dictionary<string, (RuleViolation First, Location ClientLocation, List<JurisdictionId> Others)>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var client in clients)
            {
                foreach (var violation in settings.Rules.Evaluate(service, client.Id, delivery.Id, date))
                {
                    if (found.TryGetValue(violation.Key, out var entry))
                    {
                        entry.Others.Add(client.Id);
                    }
                    else
                    {
                        found[violation.Key] = (violation, clientsArgument.Locate(client.Start, client.Length), []);
                        order.Add(violation.Key);
                    }
                }
            }

            var location = deliveredArgument.Locate(delivery.Start, delivery.Length);
            foreach (string key in order)
            {
                var (first, clientLocation, others) = found[key];
                string? suffix = others.Count == 0 ? null : $" The rule applies to the offering's clients {string.Join(", ", others.Select(Jurisdictions.Format))} too.";
                context.ReportDiagnostic(RuleChecks.Create(first, location, [clientLocation], suffix));
            }
        }
    }

    private static void AnalyzeEvaluate(OperationAnalysisContext context, SdkSymbols sdk, CompilationSettings settings)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name != "Evaluate" || !SdkSymbols.Is(invocation.TargetMethod.ContainingType, sdk.RuleSet))
        {
            return;
        }

        if (ConstantOperations.Argument(invocation, "service")?.Value.ConstantValue is not { HasValue: true } service
            || !RuleChecks.TryService(service.Value, out var line)
            || ConstantOperations.Argument(invocation, "client") is not { } clientArgument
            || ConstantOperations.Argument(invocation, "delivery") is not { } deliveryArgument
            || ConstantOperations.Jurisdiction(clientArgument.Value, sdk) is not { } client
            || ConstantOperations.Jurisdiction(deliveryArgument.Value, sdk) is not { } delivery
            || !Mechanisms(invocation, out var mechanisms))
        {
            return;
        }

        var dateArgument = ConstantOperations.Argument(invocation, "date");
        var date = (dateArgument is null ? null : ConstantOperations.Date(dateArgument.Value, sdk)) ?? settings.DateFor(invocation.Syntax.SyntaxTree);
        foreach (var violation in settings.Rules.Evaluate(line, client, delivery, date, mechanisms))
        {
            context.ReportDiagnostic(RuleChecks.Create(violation, deliveryArgument.Syntax.GetLocation(), [clientArgument.Syntax.GetLocation()]));
        }
    }

    /// <summary>The transfer mechanisms passed to the call: none, or constants only; false when they are not known at compile time.</summary>
    private static bool Mechanisms(IInvocationOperation invocation, out MechanismSet mechanisms)
    {
        mechanisms = MechanismSet.None;
        if (ConstantOperations.Argument(invocation, "mechanisms") is not { } argument)
        {
            return true;
        }

        if (ConstantOperations.Unwrap(argument.Value) is not IArrayCreationOperation { Initializer: { } initializer })
        {
            return false;
        }

        foreach (var element in initializer.ElementValues)
        {
            if (element.ConstantValue is not { HasValue: true, Value: int value } || !Enum.IsDefined(typeof(DataTransferMechanism), value))
            {
                return false;
            }

            mechanisms = mechanisms.With((DataTransferMechanism)value);
        }

        return true;
    }
}
