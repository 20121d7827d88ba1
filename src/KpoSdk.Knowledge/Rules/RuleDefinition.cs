namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// One rule as data: what the default rule set is built from and what overlays add or replace.
/// Jurisdictions and services stay in their text form here; <see cref="RuleSet"/> resolves them.
/// </summary>
internal sealed class RuleDefinition
{
    public RuleDefinition(
        string key,
        string ruleId,
        RuleKind kind,
        RuleSeverity severity,
        string title,
        string message,
        string citation,
        CalendarDate? effectiveFrom,
        CalendarDate? effectiveTo,
        RuleScope scope,
        RuleExemptions? exemptions = null,
        string? notes = null)
    {
        Key = RuleText.CheckKey(key);
        RuleId = RuleText.CheckRuleId(ruleId);
        Kind = kind;
        Severity = severity;
        Title = RuleText.CheckNotBlank(title, nameof(title));
        Message = RuleText.CheckNotBlank(message, nameof(message));
        Citation = RuleText.CheckNotBlank(citation, nameof(citation));
        if (effectiveFrom is { } from && effectiveTo is { } to && to < from)
        {
            throw new ArgumentException($"Rule '{key}' ends ({to}) before it starts ({from}).", nameof(effectiveTo));
        }

        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        Exemptions = exemptions ?? RuleExemptions.None;
        Notes = notes;
        CheckSafeguards();
    }

    /// <summary>The stable unique key, e.g. "us-ofac-iran"; overlays replace and disable rules by it.</summary>
    public string Key { get; }

    /// <summary>The diagnostic ID, e.g. "KPO1001"; several rules share one.</summary>
    public string RuleId { get; }

    public RuleKind Kind { get; }

    public RuleSeverity Severity { get; }

    public string Title { get; }

    /// <summary>The message template; placeholders: {service}, {client}, {delivery}, {date}, {clientCountry}, {clientLicensing}.</summary>
    public string Message { get; }

    /// <summary>The regulation and article the rule is based on (no URLs).</summary>
    public string Citation { get; }

    /// <summary>The first day the rule applies (inclusive); null when it has always applied.</summary>
    public CalendarDate? EffectiveFrom { get; }

    /// <summary>The last day the rule applies (inclusive); null when it still applies.</summary>
    public CalendarDate? EffectiveTo { get; }

    public RuleScope Scope { get; }

    public RuleExemptions Exemptions { get; }

    /// <summary>The simplifications and uncertainties of the rule, in words.</summary>
    public string? Notes { get; }

    /// <summary>
    /// A sanction or services ban is never lifted by a safeguard; a rule that exists only to demand a
    /// safeguard (KPO1005) must name the safeguards that satisfy it, and only such a rule is KPO1005.
    /// </summary>
    private void CheckSafeguards()
    {
        bool liftable = Exemptions.Safeguards.Count > 0;
        if (liftable && Kind is RuleKind.Embargo or RuleKind.ServicesBan)
        {
            throw new ArgumentException($"Rule '{Key}' is {(Kind == RuleKind.Embargo ? "an embargo" : "a services ban")}: a sanction is never lifted by a safeguard, so it cannot list safeguards.", "exemptions");
        }

        if ((Kind == RuleKind.RequiredSafeguard) != (RuleId == DiagnosticIds.MissingSafeguard))
        {
            throw new ArgumentException($"Rule '{Key}' is of kind {Kind} with ID {RuleId}: a rule that demands a safeguard is of kind {RuleKind.RequiredSafeguard} and reports {DiagnosticIds.MissingSafeguard}, and only such a rule does.", "kind");
        }

        if (Kind == RuleKind.RequiredSafeguard && !liftable)
        {
            throw new ArgumentException($"Rule '{Key}' demands a safeguard but names none that satisfies it; list them in its exemptions' safeguards.", "exemptions");
        }
    }

    public bool IsEffectiveOn(CalendarDate date) =>
        (EffectiveFrom is not { } from || date >= from) && (EffectiveTo is not { } to || date <= to);
}
