using NodaTime;

namespace KpoSdk.Rules;

/// <summary>A rule that a combination of service, client, delivery and date breaks, with a message naming them.</summary>
public sealed class RuleViolation
{
    internal RuleViolation(Rule rule, string message, IReadOnlyList<IReadOnlyList<Safeguard>> liftedBy)
    {
        Rule = rule;
        Message = message;
        LiftedBy = liftedBy;
    }

    /// <summary>
    /// Gets the sets of safeguards of which any one, all in place, would lift the rule in this case
    /// (the message names them too); empty when none would: no safeguard lifts a sanction, a
    /// services ban, a licensing requirement or data localisation.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Safeguard>> LiftedBy { get; }

    /// <summary>Gets the rule that is broken.</summary>
    public Rule Rule { get; }

    /// <summary>Gets the diagnostic ID, e.g. <c>"KPO1001"</c>.</summary>
    public string RuleId => Rule.RuleId;

    /// <summary>Gets the key of the rule, e.g. <c>"us-ofac-syria"</c>.</summary>
    public string Key => Rule.Key;

    /// <summary>Gets how serious the violation is.</summary>
    public RuleSeverity Severity => Rule.Severity;

    /// <summary>Gets the message, which quotes the service and the jurisdictions.</summary>
    public string Message { get; }

    /// <summary>Gets the regulation and article the rule rests on.</summary>
    public string Citation => Rule.Citation;

    /// <summary>Gets the first day the rule applies, or null.</summary>
    public LocalDate? EffectiveFrom => Rule.EffectiveFrom;

    /// <summary>Gets the last day the rule applies, or null.</summary>
    public LocalDate? EffectiveTo => Rule.EffectiveTo;

    /// <inheritdoc/>
    public override string ToString() => $"{RuleId} ({Key}, {Severity}): {Message}";
}
