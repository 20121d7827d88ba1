using System.Collections.Immutable;

namespace KpoSdk.Agreements.Validation;

/// <summary>Collects violations as the checks find them.</summary>
internal sealed class ViolationList
{
    private readonly List<AgreementViolation> _items = [];

    public void Add(string path, string ruleId, string message) => _items.Add(new(path, ruleId, DiagnosticCatalog.DefaultSeverity(ruleId), message));

    public void Add(AgreementViolation violation) => _items.Add(violation);

    public void AddStaff(string memberPath, IEnumerable<StaffFinding> findings)
    {
        foreach (var finding in findings)
        {
            Add($"{memberPath}.{finding.Path}", finding.RuleId, finding.Message);
        }
    }

    /// <summary>The violations in the order the checks found them, which walks the agreement from top to bottom.</summary>
    public ImmutableArray<AgreementViolation> ToImmutable() => [.. _items];
}
