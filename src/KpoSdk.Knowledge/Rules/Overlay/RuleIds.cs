namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>The diagnostic IDs that country/service rules report: KPO1001-1003. An overlay rule must use one of them.</summary>
internal static class RuleIds
{
    private static readonly string[] s_ids = [DiagnosticIds.SanctionedJurisdiction, DiagnosticIds.LicensedProfessionalRequired, DiagnosticIds.PersonalDataTransfer];

    public static bool IsRuleId(string id) => Array.IndexOf(s_ids, id) >= 0;

    public static string Describe() =>
        $"{DiagnosticIds.SanctionedJurisdiction} (sanctions), {DiagnosticIds.LicensedProfessionalRequired} (licensed professionals) or {DiagnosticIds.PersonalDataTransfer} (personal-data transfers)";
}
