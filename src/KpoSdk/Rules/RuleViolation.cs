using NodaTime;

namespace KpoSdk.Rules;

/// <summary>A rule that a combination of service, client, delivery and date breaks, with a message naming them.</summary>
public sealed class RuleViolation
{
    internal RuleViolation(Rule rule, string message)
    {
        Rule = rule;
        Message = message;
    }

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
