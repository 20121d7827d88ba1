namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>
/// The rule set an overlay file produces and every problem found in it. Entries with a problem are
/// left out and the rest applied; a file that is not valid JSON leaves the base set unchanged.
/// </summary>
internal sealed class RuleOverlayResult
{
    public RuleOverlayResult(RuleSet rules, IReadOnlyList<RuleOverlayError> errors)
    {
        Rules = rules;
        Errors = errors;
    }

    public RuleSet Rules { get; }

    public IReadOnlyList<RuleOverlayError> Errors { get; }
}
