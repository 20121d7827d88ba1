namespace KpoSdk.Agreements.Validation;

/// <summary>
/// The severity of the checks that are not data rules: the default of the diagnostic catalogue.
/// Data rules (KPO1001–KPO1003) carry their own severity in the rule data.
/// </summary>
internal static class Severities
{
    public static RuleSeverity Of(string ruleId) => DiagnosticCatalog.Find(ruleId)?.DefaultSeverity ?? RuleSeverity.Error;
}
