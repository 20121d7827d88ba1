namespace KpoSdk.Knowledge.Rules;

/// <summary>One rule a case breaks, with the message that names the service and the jurisdictions.</summary>
internal sealed class RuleViolation
{
    public RuleViolation(RuleDefinition rule, string message, IReadOnlyList<IReadOnlyList<Safeguard>>? liftedBy = null)
    {
        Rule = rule;
        Message = message;
        LiftedBy = liftedBy ?? Array.Empty<IReadOnlyList<Safeguard>>();
    }

    /// <summary>The sets of safeguards of which any one, all in place, would lift the rule in this case; empty when none would (a sanction).</summary>
    public IReadOnlyList<IReadOnlyList<Safeguard>> LiftedBy { get; }

    public RuleDefinition Rule { get; }

    public string RuleId => Rule.RuleId;

    public string Key => Rule.Key;

    public RuleSeverity Severity => Rule.Severity;

    public string Message { get; }

    public string Citation => Rule.Citation;

    public CalendarDate? EffectiveFrom => Rule.EffectiveFrom;

    public CalendarDate? EffectiveTo => Rule.EffectiveTo;

    public override string ToString() => $"{RuleId} ({Key}, {Severity}): {Message}";
}
