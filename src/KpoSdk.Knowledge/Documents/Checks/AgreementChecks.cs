using KpoSdk.Documents.Model;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Checks;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// The checks of an agreement that need no calendar, in document order: the client's zone, then
/// for each service its coverage zone (KPO2001), its centres against the catalog (KPO1004), the
/// country/service rules (KPO1001–KPO1005) and the languages (KPO3006). Run-time validation calls
/// <see cref="Client"/> and <see cref="Service"/> and adds, per service, what needs its staff
/// model and calendars (KPO3001–KPO3005 on the team, KPO2002, KPO3007); the analyzers call
/// <see cref="Check"/>.
/// </summary>
internal static class AgreementChecks
{
    /// <summary>Every check of this class on the whole agreement.</summary>
    public static void Check(AgreementFacts agreement, CalendarDate date, RuleSet rules, FindingList findings)
    {
        Client(agreement, findings);
        var reportedDesignations = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < agreement.Services.Count; i++)
        {
            Service(agreement, i, date, rules, findings, reportedDesignations);
        }
    }

    /// <summary>KPO2001 on the client's business hours.</summary>
    public static void Client(AgreementFacts agreement, FindingList findings) =>
        Zone(agreement, agreement.BusinessZone, "client.businessHours.zone", findings);

    /// <summary>The checks of service number <paramref name="index"/>; returns its centres that exist at the provider.</summary>
    public static IReadOnlyList<(int Index, CenterFacts Center)> Service(AgreementFacts agreement, int index, CalendarDate date, RuleSet rules, FindingList findings, HashSet<string> reportedDesignations)
    {
        var service = agreement.Services[index];
        string path = $"services[{index}]";
        if (service.CoverageZone is { } zone)
        {
            Zone(agreement, zone, $"{path}.coverage.zone", findings);
        }

        var centers = DesignationCheck.Check(agreement, service, path, findings);
        ServiceRuleCheck.Check(agreement, service, centers, path, date, rules, findings);
        LanguageDesignationCheck.Check(agreement, service, path, findings, reportedDesignations);
        return centers;
    }

    private static void Zone(AgreementFacts agreement, string zone, string path, FindingList findings)
    {
        if (CoverageZoneCheck.Find(agreement.Client, zone) is { } message)
        {
            findings.Add(path, DiagnosticIds.CoverageZoneOutsideClientCountry, message);
        }
    }
}
