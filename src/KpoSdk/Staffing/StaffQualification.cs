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
        Check(member, demand, findings);
        return findings;
    }

    /// <summary>Adds to <paramref name="findings"/> every requirement of <paramref name="demand"/> that <paramref name="member"/> fails.</summary>
    public static void Check(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        var checks = new StaffChecks(member, demand.Service, demand.Client, demand.Date, demand.Description, findings);
        CheckCenter(member, demand, findings);
        CheckCredentials(checks, demand);
        CheckEducation(member, demand, findings);
        checks.Languages(demand.Languages.AsSpan());
        checks.Familiarity();
    }

    /// <summary>Whether the member holds a valid credential of one of <paramref name="kinds"/> that licenses or qualifies them for the service.</summary>
    public static bool HoldsQualifying(StaffMember member, ServiceDemand demand, IEnumerable<CredentialKind> kinds, bool licenseOnly) =>
        member.Credentials.Any(c => kinds.Contains(c.Kind)
            && CredentialRecognition.Assess(c, demand.Service, demand.Client, demand.Date) is var standing
            && (licenseOnly ? standing == CredentialStanding.Licensed : StaffChecks.MeetsRequirement(standing)));

    private static void CheckCenter(StaffMember member, ServiceDemand demand, List<StaffFinding> findings)
    {
        if (demand.Agreed.Centers.IndexOf(member.Center, 0, StringComparer.Ordinal) < 0)
        {
            findings.Add(new("center", DiagnosticIds.NotDesignatedInCatalog,
                $"{member} works at centre '{member.Center}', from which {demand.Description} is not delivered; it is delivered from {Quote(demand.Agreed.Centers)}."));
        }
    }

    private static void CheckCredentials(StaffChecks checks, ServiceDemand demand)
    {
        var required = demand.Agreed.RequiredCredentials;
        if (!required.IsEmpty)
        {
            checks.Credential(required, null, demand.CredentialRequirement);
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

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
