using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// The checks of a contract's parts against its client: KPO2001 (the coverage window's zone is
/// not a zone of the client), KPO3001 (a required credential that is neither a license nor a
/// recognised qualification for the service in the client jurisdiction) and KPO3006 (a required
/// language that is not official in the client's country). The checks are the knowledge base's,
/// the ones run-time validation applies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractConsistencyAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(
        DiagnosticDescriptors.CoverageZoneOutsideClientCountry, DiagnosticDescriptors.CredentialNotRecognized, DiagnosticDescriptors.LanguageNotUsedInClientCountry);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is not { ServiceLevelContract: not null })
            {
                return;
            }

            var options = start.Options;
            var today = RulesDate.Today();
            start.RegisterSymbolAction(symbol => Analyze(symbol, options, today), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, AnalyzerOptions options, Knowledge.CalendarDate today)
    {
        var ct = context.CancellationToken;
        if (ContractReader.Read((INamedTypeSymbol)context.Symbol, report: null, ct) is not { HasCase: true, Contract: { } contract } declaration)
        {
            return;
        }

        Report report = context.ReportDiagnostic;
        var client = declaration.Client!.Value;
        if (declaration.Coverage is { ZoneId: not null } coverage && AttributeArgument.TryPositional(coverage.Attribute, 0, ct, out var zone))
        {
            ConsistencyChecks.Zone(ValueSite.Of(zone), client, report);
        }

        var date = contract.ApplicationSyntaxReference is { } reference ? RulesDate.For(options, reference.SyntaxTree, today) : today;
        foreach (var credential in declaration.Credentials)
        {
            ConsistencyChecks.Credential(credential, declaration.Service!.Value, client, date, ct, report);
        }

        foreach (var language in declaration.Languages)
        {
            ConsistencyChecks.Language(language, client, ct, report);
        }
    }
}
