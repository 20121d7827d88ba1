using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Rules;
using CredentialFacts = KpoSdk.Knowledge.Credentials.Credentials;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO3001/KPO3002 at service level: a service line that law reserves to credential holders (tax
/// return signing, statutory audit opinions, certified transcripts, legal advice), or that a client
/// jurisdiction reserves (a PTIN for US returns), needs for each such requirement at least one team
/// member with a valid credential of its kinds that licenses it in the client's jurisdiction
/// (<c>Knowledge.Credentials.Credentials.Requirements</c>). The report names the root cause: a
/// licensing credential in the team that has expired (KPO3002, with its holder, grantor and last
/// valid day), or else the kinds of the requirement that would license the work there.
/// </summary>
internal static class LicenseHolderCheck
{
    public static void Check(ServiceDemand demand, string path, ViolationList violations)
    {
        var date = new CalendarDate(demand.Date.Year, demand.Date.Month, demand.Date.Day);
        foreach (var kinds in CredentialFacts.Requirements(demand.Service, demand.Client.Id, date))
        {
            if (!demand.Agreed.Team.Any(m => StaffQualification.HoldsQualifying(m, demand, kinds, licenseOnly: true)))
            {
                Report(demand, kinds, date, path, violations);
            }
        }
    }

    private static void Report(ServiceDemand demand, IReadOnlyList<CredentialKind> kinds, CalendarDate date, string path, ViolationList violations)
    {
        bool expired = false;
        for (int i = 0; i < demand.Agreed.Team.Length; i++)
        {
            var member = demand.Agreed.Team[i];
            for (int j = 0; j < member.Credentials.Length; j++)
            {
                var credential = member.Credentials[j];
                if (kinds.Contains(credential.Kind) && CredentialRecognition.ExpiredButWouldLicense(credential, demand.Service, demand.Client, demand.Date))
                {
                    expired = true;
                    violations.Add($"{path}.team[{i}].credentials[{j}]", DiagnosticIds.CredentialExpired,
                        $"{member}'s {credential.Kind} granted by {credential.GrantedBy} was valid until {credential.Expires:uuuu-MM-dd}; it would license {demand.Title} in {demand.ClientText}, which {demand.Description} needs on {demand.Date:uuuu-MM-dd}, and no one else in the team holds a license for it.");
                }
            }
        }

        if (expired)
        {
            return;
        }

        // Only the kinds of this requirement: a PTIN licenses US return work but does not meet the
        // signing requirement, and a CPA licence does not stand in for a PTIN.
        var licensing = CredentialFacts.KindsThatCount(demand.Service, demand.Client.Id, date, licenseOnly: true).Where(kinds.Contains).ToArray();
        string who = demand.Agreed.Team.Length switch
        {
            0 => "The service has no team, so no one holds",
            1 => "The one team member does not hold",
            int n => $"None of the {n} team members holds",
        };
        violations.Add($"{path}.team", DiagnosticIds.CredentialNotRecognized,
            $"{who} a valid credential that licenses {demand.Title} in {JurisdictionText.Describe(demand.Client.Id)}; {demand.Description} needs {CredentialFacts.DescribeKinds(licensing)}.");
    }
}
