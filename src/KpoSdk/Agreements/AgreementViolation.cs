namespace KpoSdk;

/// <summary>
/// One problem <see cref="ServiceAgreement.Validate(NodaTime.LocalDate)"/> found: where it is in the
/// agreement, which rule it breaks (the same IDs as the analyzers, <see cref="DiagnosticIds"/>), how
/// serious it is, and a message that quotes the values involved.
/// </summary>
/// <param name="Path">Where in the agreement, in the JSON document's property names: <c>services[2].centers[0]</c>, <c>services[0].team[1].languages</c>, <c>client.businessHours.zone</c>.</param>
/// <param name="RuleId">The diagnostic ID, e.g. <c>"KPO1003"</c>.</param>
/// <param name="Severity">How serious the problem is.</param>
/// <param name="Message">What is wrong, quoting the values.</param>
/// <param name="RuleKey">The key of the knowledge-base rule that reported it (<c>"eu-gdpr-chapter-v"</c>); null for checks that are not data rules (catalog, staffing, coverage).</param>
/// <param name="Citation">The regulation the rule rests on; null when <paramref name="RuleKey"/> is.</param>
public sealed record AgreementViolation(string Path, string RuleId, RuleSeverity Severity, string Message, string? RuleKey = null, string? Citation = null)
{
    /// <summary>Returns <c>"path: ID severity: message"</c>.</summary>
    public override string ToString() => $"{Path}: {RuleId} {Severity}: {Message}";
}
