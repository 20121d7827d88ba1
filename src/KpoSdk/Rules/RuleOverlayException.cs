namespace KpoSdk.Rules;

/// <summary>
/// A rule overlay (the <c>kpo.rules.json</c> format, docs/rules-overlay.md) that cannot be applied
/// as written: the same problems the analyzers report as KPO0006, each with its line, column and
/// JSON path. <see cref="RuleSet.WithOverlay"/> throws it rather than apply part of a file;
/// <see cref="RuleSet.ApplyOverlay"/> returns the same problems without throwing.
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
