namespace KpoSdk.Documents.Checks;

/// <summary>
/// One finding of a document check, at the path of the value in the document's property names
/// (<c>services[2].centers[0]</c>, without <c>$.</c>): the runtime turns it into an
/// <c>AgreementViolation</c>, the analyzers into a diagnostic at the value's line and column.
/// </summary>
internal sealed class PathFinding
{
    public PathFinding(string path, string ruleId, RuleSeverity severity, string message, string? ruleKey = null, string? citation = null)
    {
        Path = path;
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        RuleKey = ruleKey;
        Citation = citation;
    }

    public string Path { get; }

    public string RuleId { get; }

    public RuleSeverity Severity { get; }

    public string Message { get; }

    /// <summary>The key of the rule that reported it; null for checks that are not data rules.</summary>
    public string? RuleKey { get; }

    /// <summary>The rule's citation; null when <see cref="RuleKey"/> is.</summary>
    public string? Citation { get; }

    public override string ToString() => $"{Path}: {RuleId} {Severity}: {Message}";
}
