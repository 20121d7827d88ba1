using System.Collections.Immutable;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Analyzers.Documents;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// The provider's JSON documents that are part of the project (AdditionalFiles named
/// <c>*.kpo.json</c>, or with <c>KpoDocument="true"</c>): catalogs, rosters and agreements read
/// as the runtime reads them, and checked with the knowledge base's checks that
/// <c>ServiceAgreement.Validate</c> and <c>kpo check</c> run too, on the rules date and with the
/// project's <c>kpo.rules.json</c>. Each problem and finding is reported at its line and column in
/// the file, with the same ID as at run time. Coverage (KPO2002, KPO3007) and the team checks
/// (KPO3001–KPO3005 on an agreement's team) need calendars and the runtime's staff model and are
/// left to run time.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class JsonDocumentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnknownJurisdiction, DiagnosticDescriptors.UnknownTimeZone, DiagnosticDescriptors.UnknownLanguage,
        DiagnosticDescriptors.MalformedWeeklyHours, DiagnosticDescriptors.MalformedDocument,
        DiagnosticDescriptors.SanctionedJurisdiction, DiagnosticDescriptors.LicensedProfessionalRequired, DiagnosticDescriptors.PersonalDataTransfer,
        DiagnosticDescriptors.NotDesignatedInCatalog, DiagnosticDescriptors.MissingSafeguard,
        DiagnosticDescriptors.CoverageZoneOutsideClientCountry, DiagnosticDescriptors.CredentialNotRecognized, DiagnosticDescriptors.LanguageNotUsedInClientCountry);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Options;
            if (!options.AdditionalFiles.Any(f => DocumentFiles.IsDocument(f, options.AnalyzerConfigOptionsProvider)))
            {
                return;
            }

            var today = RulesDate.Today();
            var rules = new Lazy<RuleSet>(() => RuleOverlayFiles.RulesFor(options.AdditionalFiles, CancellationToken.None));
            start.RegisterAdditionalFileAction(file => Analyze(file, today, rules));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, Knowledge.CalendarDate today, Lazy<RuleSet> rules)
    {
        var file = context.AdditionalFile;
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        if (!DocumentFiles.IsDocument(file, provider) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var date = RulesDate.For(provider.GetOptions(file), today);
        foreach (var finding in DocumentCache.Get(text, date, rules.Value))
        {
            context.ReportDiagnostic(finding.ToDiagnostic(file.Path, text));
        }
    }
}
