using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>Collects findings in the order the checks find them, which walks a document from top to bottom.</summary>
internal sealed class FindingList
{
    private readonly List<PathFinding> _items = [];

    public IReadOnlyList<PathFinding> Items => _items;

    /// <summary>A finding of a check that is not a data rule, at the catalogue's default severity of <paramref name="ruleId"/>.</summary>
    public void Add(string path, string ruleId, string message) =>
        _items.Add(new PathFinding(path, ruleId, DiagnosticCatalog.DefaultSeverity(ruleId), message));

    /// <summary>A finding of a check that is not a data rule, at <paramref name="severity"/>.</summary>
    public void Add(string path, string ruleId, RuleSeverity severity, string message) =>
        _items.Add(new PathFinding(path, ruleId, severity, message));

    /// <summary>A rule violation, with the rule's own ID, severity, key and citation.</summary>
    public void Add(string path, RuleViolation violation, string? suffix = null) =>
        _items.Add(new PathFinding(path, violation.RuleId, violation.Severity, violation.Message + suffix, violation.Key, violation.Citation));
}
