namespace KpoSdk.Agreements.Validation;

/// <summary>
/// The severity of the checks that are not data rules. Data rules (KPO1001–KPO1003) carry their own
/// severity in the rule data.
/// </summary>
internal static class Severities
{
    public static RuleSeverity Of(string ruleId) => ruleId switch
    {
        DiagnosticIds.CoverageZoneOutsideClientCountry => RuleSeverity.Warning,
        DiagnosticIds.LanguageNotUsedInClientCountry => RuleSeverity.Warning,
        DiagnosticIds.ShiftDoesNotCoverWindow => RuleSeverity.Warning,
        _ => RuleSeverity.Error,
    };
}
