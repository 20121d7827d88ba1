namespace KpoSdk.Rules;

/// <summary>One problem in a rule overlay file, reported as KPO0006 (<see cref="DiagnosticIds.MalformedRuleConfiguration"/>) at its place in the file.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
/// <param name="Length">The length of the offending text, in UTF-16 code units (0 at the end of the file).</param>
/// <param name="Path">The JSON path of the value at fault, e.g. <c>$.add[0].ruleId</c> (<c>$</c> when the text is not JSON).</param>
/// <param name="Message">What is wrong, quoting the value.</param>
public sealed record RuleOverlayProblem(int Line, int Column, int Length, string Path, string Message)
{
    /// <summary>Returns <c>"(line,column): path: message"</c>.</summary>
    public override string ToString() => $"({Line},{Column}): {Path}: {Message}";
}
