namespace KpoSdk.Rules;

/// <summary>
/// A rule overlay (the <c>kpo.rules.json</c> format, docs/rules-overlay.md) that cannot be applied
/// as written: the same problems the analyzers report as KPO0006, each with its line, column and
/// JSON path. <see cref="RuleSet.WithOverlay"/> throws it rather than apply part of a file.
/// </summary>
public sealed class RuleOverlayException : FormatException
{
    internal RuleOverlayException(string fileName, IReadOnlyList<RuleOverlayProblem> problems)
        : base($"{fileName} cannot be applied ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):" + string.Concat(problems.Select(p => "\n" + fileName + p)))
    {
        FileName = fileName;
        Problems = problems;
    }

    /// <summary>Gets the name the overlay was given for messages, e.g. <c>kpo.rules.json</c>.</summary>
    public string FileName { get; }

    /// <summary>Gets every problem found, in document order.</summary>
    public IReadOnlyList<RuleOverlayProblem> Problems { get; }
}

/// <summary>One problem of a rule overlay: where it is and what is wrong (the text of KPO0006).</summary>
/// <param name="Line">The 1-based line of the value at fault.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Path">The JSON path, e.g. <c>$.add[0].ruleId</c>.</param>
/// <param name="Message">What is wrong, quoting the value.</param>
public sealed record RuleOverlayProblem(int Line, int Column, string Path, string Message)
{
    /// <summary>Returns <c>(3,17): $.add[0].ruleId: message</c>.</summary>
    public override string ToString() => $"({Line},{Column}): {Path}: {Message}";
}
