using KpoSdk.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Configuration;

/// <summary>What the rule checks of one compilation share: the rule set (defaults plus overlay) and the date rules are checked on.</summary>
internal sealed class CompilationSettings
{
    private readonly AnalyzerOptions _options;
    private readonly CalendarDate _today;

    private CompilationSettings(RuleSet rules, AnalyzerOptions options, CalendarDate today)
    {
        Rules = rules;
        _options = options;
        _today = today;
    }

    public RuleSet Rules { get; }

    public static CompilationSettings Create(AnalyzerOptions options, CancellationToken cancellationToken) =>
        new(RuleOverlayFiles.RulesFor(options.AdditionalFiles, cancellationToken), options, RulesDate.Today());

    /// <summary>The date for rules on code in <paramref name="tree"/>.</summary>
    public CalendarDate DateFor(SyntaxTree tree) => RulesDate.For(_options, tree, _today);
}
