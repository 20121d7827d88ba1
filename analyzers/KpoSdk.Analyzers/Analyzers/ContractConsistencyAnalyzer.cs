using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// The checks of a contract's parts against its client: KPO2001 (the coverage window's zone is
/// not a zone of the client's country), KPO3001 (a required credential that is neither a licence
/// nor a recognised qualification for the service in the client jurisdiction) and KPO3006 (a
/// required language that is not official in the client's country).
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
            if (SdkSymbols.Create(start.Compilation) is not { ServiceLevelContract: not null } sdk)
            {
                return;
            }

            var options = start.Options;
            var today = RulesDate.Today();
            start.RegisterSymbolAction(symbol => Analyze(symbol, sdk, options, today), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, SdkSymbols sdk, AnalyzerOptions options, Knowledge.CalendarDate today)
    {
        if (ContractAttributes.Read((INamedTypeSymbol)context.Symbol, sdk) is not { Contract: { } contract } attributes
            || ContractCase.Read(contract, context.CancellationToken) is not { } contractCase)
        {
            return;
        }

        var ct = context.CancellationToken;
        Report report = context.ReportDiagnostic;
        if (attributes.CoverageWindow is { } window && AttributeArgument.TryPositional(window, 0, ct, out var zone) && zone.Text is { } zoneId)
        {
            ConsistencyChecks.Zone(ValueSite.Of(zone), zoneId, contractCase.Client.Country, report);
        }

        var date = RulesDate.For(options, contractCase.ClientArgument.Attribute.SyntaxTree, today);
        foreach (var credential in attributes.Credentials)
        {
            ConsistencyChecks.Credential(credential, contractCase, date, ct, report);
        }

        foreach (var language in attributes.Languages)
        {
            if (AttributeArgument.TryPositional(language, 0, ct, out var code) && code.Text is { } text)
            {
                ConsistencyChecks.Language(ValueSite.Of(code), text, contractCase.Client.Country, report);
            }
        }
    }
}
