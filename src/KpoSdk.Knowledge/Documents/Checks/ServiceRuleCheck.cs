using KpoSdk.Documents.Model;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO1001–KPO1005 on an agreed service: the rules for the service, the client's jurisdiction and
/// each delivery centre's jurisdiction on the date, with the agreement's safeguards — the same
/// engine and IDs the analyzers use on contracts.
/// </summary>
internal static class ServiceRuleCheck
{
    public static void Check(AgreementFacts agreement, AgreedServiceFacts service, IReadOnlyList<(int Index, CenterFacts Center)> centers, string path, CalendarDate date, RuleSet rules, FindingList findings)
    {
        foreach (var (index, center) in centers)
        {
            foreach (var violation in rules.Evaluate(service.Service, agreement.Client, center.Jurisdiction, date, agreement.Safeguards))
            {
                findings.Add($"{path}.centers[{index}]", violation);
            }
        }
    }
}
