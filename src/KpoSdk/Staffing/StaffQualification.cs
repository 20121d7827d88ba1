using KpoSdk.Knowledge.Rules;

namespace KpoSdk;

/// <summary>
/// Checks one staff member against what a service demands: the centre they work at, credentials
/// (KPO3001, KPO3002), education (KPO3003), languages (KPO3004) and familiarity with the client's
/// regulation (KPO3005). Every failing check is reported; none stops the others.
/// </summary>
internal static class StaffQualification
{
    public static List<StaffFinding> Check(StaffMember member, ServiceDemand demand)
    {
        var findings = new List<StaffFinding>();
        CheckCenter(member, demand, findings);
        CheckCredentials(member, demand, findings);
        CheckEducation(member, demand, findings);
        CheckLanguages(member, demand, findings);
        CheckFamiliarity(member, demand, findings);
        return findings;
    }

    /// <summary>Whether the member holds a valid credential of one of <paramref name="kinds"/> that licenses or qualifies them for the service.</summary>
    public static bool HoldsQualifying(StaffMember member, ServiceDemand demand, IEnumerable<CredentialKind> kinds, bool licenceOnly) =>
        member.Credentials.Any(c => kinds.Contains(c.Kind)
            && CredentialRecognition.Assess(c, demand.Service, demand.Client, demand.Date) is var standing
            && (standing == CredentialStanding.Licensed || (!licenceOnly && standing == CredentialStanding.Recognized)));

    private static void CheckCenter(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        if (!demand.Agreed.Centers.Contains(member.Center, StringComparer.Ordinal))
        {
            findings.Add(new("center", DiagnosticIds.NotDesignatedInCatalog,
                $"{member} works at centre '{member.Center}', from which {demand.Description} is not delivered; it is delivered from {Quote(demand.Agreed.Centers)}."));
        }
    }

    private static void CheckCredentials(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        var required = demand.Agreed.RequiredCredentials;
        if (required.IsEmpty || HoldsQualifying(member, demand, required, licenceOnly: false))
        {
            return;
        }

        bool any = false;
        for (int i = 0; i < member.Credentials.Length; i++)
        {
            var credential = member.Credentials[i];
            if (!required.Contains(credential.Kind))
            {
                continue;
            }

            any = true;
            string path = $"credentials[{i}]";
            switch (CredentialRecognition.Assess(credential, demand.Service, demand.Client, demand.Date))
            {
                case CredentialStanding.Expired:
                    findings.Add(new(path, DiagnosticIds.CredentialExpired,
                        $"{member}'s {credential.Kind} granted by {credential.GrantedBy} expired on {credential.Expires:uuuu-MM-dd}; {demand.Description} is checked on {demand.Date:uuuu-MM-dd}."));
                    break;
                case CredentialStanding.NotGrantable:
                    findings.Add(new(path, DiagnosticIds.CredentialNotRecognized, NotGrantable(member, credential)));
                    break;
                default:
                    findings.Add(new(path, DiagnosticIds.CredentialNotRecognized,
                        $"{member}'s {credential.Kind} granted by {credential.GrantedBy} is not recognised for {demand.Title} for a client in {demand.ClientText}."));
                    break;
            }
        }

        if (!any)
        {
            string held = member.Credentials.IsEmpty ? "no credential" : string.Join(", ", member.Credentials);
            findings.Add(new("credentials", DiagnosticIds.CredentialNotRecognized,
                $"{member} holds {held}; {demand.Description} requires one of {string.Join(", ", required)}."));
        }
    }

    private static void CheckEducation(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        if (demand.Agreed.MinimumEducation is { } minimum && !member.MeetsEducation(minimum))
        {
            string held = member.Education.IsEmpty ? "no recorded qualification" : string.Join(", ", member.Education);
            findings.Add(new("education", DiagnosticIds.EducationBelowMinimum,
                $"{member} holds {held}; {demand.Description} requires at least {minimum}."));
        }
    }

    private static void CheckLanguages(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        foreach (var requirement in demand.Languages)
        {
            int best = -1;
            for (int i = 0; i < member.Languages.Length; i++)
            {
                if (member.Languages[i].Language == requirement.Language && (best < 0 || member.Languages[i].Level > member.Languages[best].Level))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                findings.Add(new("languages", DiagnosticIds.LanguageLevelTooLow,
                    $"{member} does not speak {requirement.Language.Name} ({requirement.Language.Code}); {demand.Description} requires {requirement}."));
            }
            else if (!member.Languages[best].Meets(requirement))
            {
                findings.Add(new($"languages[{best}]", DiagnosticIds.LanguageLevelTooLow,
                    $"{member} speaks {requirement.Language.Name} at {member.Languages[best].Level}; {demand.Description} requires {requirement}."));
            }
        }
    }

    private static void CheckFamiliarity(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        if (!demand.Facts.NeedsRegulationFamiliarity || member.IsFamiliarWith(demand.Client))
        {
            return;
        }

        bool evidenced = member.Credentials.Any(c => CredentialRecognition.Assess(c, demand.Service, demand.Client, demand.Date)
            is CredentialStanding.Licensed or CredentialStanding.Recognized or CredentialStanding.Knowledge);
        if (!evidenced)
        {
            string declared = member.RegulationFamiliarity.IsEmpty ? "no jurisdiction" : string.Join(", ", member.RegulationFamiliarity);
            findings.Add(new("regulationFamiliarity", DiagnosticIds.NoRegulationFamiliarity,
                $"{member} declares familiarity with {declared} and holds no credential that counts for {demand.Title} in {demand.ClientText}; {demand.Description} applies the regulation of {JurisdictionText.Describe(demand.Client.Id)}."));
        }
    }

    /// <summary>The message for a credential recorded as granted by a jurisdiction that cannot grant it (KPO3001), for a team member and for a roster alike.</summary>
    public static string NotGrantable(StaffMember member, Credential credential) =>
        $"{member}'s {credential.Kind} is recorded as granted by {credential.GrantedBy}, but only {CredentialRecognition.DescribeGrantors(credential.Kind)} grants it.";

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
