using KpoSdk.Documents.Model;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO1001–KPO1005 on a catalog: every offering's service for each of its clients from each of its
/// centres, as the analyzers evaluate <c>[assembly: ServiceOffering]</c> (<see cref="OfferingViolations"/>):
/// a rule broken for several clients from one centre is reported once there, naming the other
/// clients. A catalog document declares no safeguards, so none lift a rule here.
/// </summary>
internal static class CatalogRuleCheck
{
    public static void Check(ProviderFacts provider, CalendarDate date, RuleSet rules, FindingList findings)
    {
        var offerings = provider.Offerings;
        for (int o = 0; o < offerings.Count; o++)
        {
            var offering = offerings[o];
            for (int d = 0; d < offering.Centers.Count; d++)
            {
                // A catalog's offerings name its own centres (its reader makes sure); a dangling name is left to the reader.
                if (provider.FindCenter(offering.Centers[d]) is not { } center)
                {
                    continue;
                }

                foreach (var found in OfferingViolations.Evaluate(rules, offering.Service, offering.Clients, center.Jurisdiction, date, SafeguardSet.None))
                {
                    findings.Add($"catalog.offerings[{o}].centers[{d}]", found.Violation, found.OtherClients);
                }
            }
        }
    }
}
