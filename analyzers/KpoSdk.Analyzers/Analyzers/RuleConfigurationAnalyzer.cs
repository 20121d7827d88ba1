using System.Collections.Immutable;
using KpoSdk.Analyzers.Configuration;
using KpoSdk.Knowledge.Rules.Overlay;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO0006: the rule configuration the other analyzers read. Every problem in the
/// <c>kpo.rules.json</c> AdditionalFile is reported at its position in the file (the entry is
/// skipped, the rest applied); a second overlay file is reported as ignored; a
/// <c>kpo_rules_date</c> / <c>KpoRulesDate</c> value that is not a yyyy-MM-dd date is reported once
/// when the compilation ends (today's date is used instead).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RuleConfigurationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MalformedRuleConfiguration);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var applied = RuleOverlayFile.Find(start.Options.AdditionalFiles);
            if (applied is not null)
            {
                start.RegisterAdditionalFileAction(file => AnalyzeOverlay(file, applied));
            }

            start.RegisterCompilationEndAction(AnalyzeDateOption);
        });
    }

    private static void AnalyzeOverlay(AdditionalFileAnalysisContext context, AdditionalText applied)
    {
        var file = context.AdditionalFile;
        if (!RuleOverlayFile.IsOverlay(file) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        if (!ReferenceEquals(file, applied))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MalformedRuleConfiguration,
                Location.Create(file.Path, default, default),
                $"Only one {RuleOverlayReader.FileName} is read per project; '{applied.Path}' is applied and '{file.Path}' is ignored."));
            return;
        }

        foreach (var error in RuleOverlayFiles.Read(text).Errors)
        {
            int start = Math.Min(error.Start, text.Length);
            var span = new TextSpan(start, Math.Min(error.Length, text.Length - start));
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MalformedRuleConfiguration,
                Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span)),
                error.Message));
        }
    }

    private static void AnalyzeDateOption(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        Check(provider.GlobalOptions);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            Check(provider.GetOptions(tree));
        }

        void Check(AnalyzerConfigOptions options)
        {
            if (RulesDate.Read(options, out _, out string? text) == RulesDate.ReadResult.Invalid && reported.Add(text!))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.MalformedRuleConfiguration,
                    Location.None,
                    $"The rules date '{text}' ({RulesDate.OptionKey} or the MSBuild property KpoRulesDate) is not a date in the form yyyy-MM-dd, e.g. 2025-07-01; the analyzers check rules against today's date (UTC) instead."));
            }
        }
    }
}
