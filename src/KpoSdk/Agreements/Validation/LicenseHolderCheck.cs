using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO3001 at service level: a service line that law reserves to credential holders (tax return
/// signing, statutory audit opinions, certified transcripts, legal advice) needs at least one team
/// member with a valid credential that licenses it in the client's jurisdiction.
/// </summary>
internal static class LicenseHolderCheck
{
    public static void Check(ServiceDemand demand, string path, ViolationList violations)
    {
        var kinds = demand.Facts.QualifyingCredentials;
        if (!demand.Facts.NeedsCredential || demand.Agreed.Team.Any(m => StaffQualification.HoldsQualifying(m, demand, kinds, licenceOnly: true)))
        {
            return;
        }

        string team = demand.Agreed.Team.IsEmpty ? "The service has no team" : $"None of the {demand.Agreed.Team.Length} team members";
        violations.Add($"{path}.team", DiagnosticIds.CredentialNotRecognized,
            $"{team} holds a valid credential that licenses {demand.Title} in {JurisdictionText.Describe(demand.Client.Id)}; {demand.Description} needs one of {string.Join(", ", kinds)}.");
    }
}
