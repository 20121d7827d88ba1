using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Cli.Check;

/// <summary>Everything one <c>kpo check</c> run found, for the text, JSON and SARIF writers.</summary>
/// <param name="Date">The date the rules and credentials were checked on.</param>
/// <param name="Files">Every document checked, in the order given (folders sorted by path).</param>
/// <param name="Skipped">Well-formed JSON files in the folders given that are of no document kind.</param>
/// <param name="RulesFile">The overlay given with <c>--rules</c>, as shown; null without one.</param>
/// <param name="OverlayProblems">The overlay's problems (KPO0006).</param>
internal sealed record CheckReport(LocalDate Date, IReadOnlyList<CheckedFile> Files, IReadOnlyList<string> Skipped, string? RulesFile, IReadOnlyList<RuleOverlayProblem> OverlayProblems)
{
    public int Errors => Findings.Count(f => f.Severity == RuleSeverity.Error) + OverlayProblems.Count;

    public int Warnings => Findings.Count(f => f.Severity == RuleSeverity.Warning);

    public int Unreadable => Files.Count(f => f.Unreadable);

    public IEnumerable<Documents.DocumentFinding> Findings => Files.SelectMany(f => f.Result?.Findings ?? []);

    /// <summary>2 when an input could not be read, else 1 with an error-severity finding (overlay problems included), else 0.</summary>
    public int ExitCode => Unreadable > 0 ? ExitCodes.Unusable : Errors > 0 ? ExitCodes.Findings : ExitCodes.Clean;
}
