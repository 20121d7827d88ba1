namespace KpoSdk.Documents;

/// <summary>
/// One problem <see cref="DocumentCheck"/> found in a JSON document, at its place in the text: a
/// rule finding with its diagnostic ID, or (with no ID) the reason the document cannot be read.
/// </summary>
/// <param name="Path">The JSON path of the value, e.g. <c>$.services[0].team[1].languages</c>.</param>
/// <param name="RuleId">The diagnostic ID (<see cref="DiagnosticIds"/>); null when the document cannot be read.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">What is wrong, quoting the values.</param>
/// <param name="Line">The 1-based line of the value (or of its nearest ancestor present in the document).</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
public sealed record DocumentFinding(string Path, string? RuleId, RuleSeverity Severity, string Message, int Line, int Column)
{
    /// <summary>Gets the key of the knowledge-base rule that reported it (<c>"eu-gdpr-chapter-v"</c>); null for other checks.</summary>
    public string? RuleKey { get; init; }

    /// <summary>Gets the regulation the rule rests on; null when <see cref="RuleKey"/> is.</summary>
    public string? Citation { get; init; }

    /// <summary>Returns <c>"(line,column): ID severity: path: message"</c>.</summary>
    public override string ToString() => $"({Line},{Column}): {RuleId ?? "unreadable"} {Severity}: {Path}: {Message}";
}
