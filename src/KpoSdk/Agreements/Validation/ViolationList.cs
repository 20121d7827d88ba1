using System.Collections.Immutable;
using KpoSdk.Documents.Checks;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// Collects violations as the checks find them: the knowledge base's document checks write to
/// <see cref="Findings"/> directly, the runtime's own checks through <see cref="Add(string, string, string)"/>.
/// </summary>
internal sealed class ViolationList
{
    public FindingList Findings { get; } = new();

    public void Add(string path, string ruleId, string message) => Findings.Add(path, ruleId, message);

    /// <summary>A finding at <paramref name="severity"/> rather than the catalogue's default for <paramref name="ruleId"/>.</summary>
    public void Add(string path, string ruleId, RuleSeverity severity, string message) => Findings.Add(path, ruleId, severity, message);

    public void AddStaff(string memberPath, IEnumerable<StaffFinding> findings)
    {
        foreach (var finding in findings)
        {
            Add($"{memberPath}.{finding.Path}", finding.RuleId, finding.Message);
        }
    }

    /// <summary>The violations in the order the checks found them, which walks the agreement from top to bottom.</summary>
    public ImmutableArray<AgreementViolation> ToImmutable() => [.. Findings.Items.Select(ToViolation)];

    public static AgreementViolation ToViolation(PathFinding finding) =>
        new(finding.Path, finding.RuleId, finding.Severity, finding.Message, finding.RuleKey, finding.Citation);
}
