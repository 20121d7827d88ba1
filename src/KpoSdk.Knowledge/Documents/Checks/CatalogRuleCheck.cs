using KpoSdk.Documents.Model;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO1001–KPO1003 on a catalog: every offering's service for each of its clients from each of its
/// centres, as the analyzers evaluate <c>[assembly: ServiceOffering]</c>. A rule broken for several
/// clients from one centre is reported once there, naming the other clients.
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

                var found = new Dictionary<string, (RuleViolation First, List<JurisdictionId> Others)>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var client in offering.Clients)
                {
                    foreach (var violation in rules.Evaluate(offering.Service, client, center.Jurisdiction, date, SafeguardSet.None))
                    {
                        if (found.TryGetValue(violation.Key, out var entry))
                        {
                            entry.Others.Add(client);
                        }
                        else
                        {
                            found[violation.Key] = (violation, []);
                            order.Add(violation.Key);
                        }
                    }
                }

                foreach (string key in order)
                {
                    var (first, others) = found[key];
                    string? suffix = others.Count == 0 ? null : $" The rule applies to the offering's clients {string.Join(", ", others.Select(Jurisdictions.Format))} too.";
                    findings.Add($"catalog.offerings[{o}].centers[{d}]", first, suffix);
                }
            }
        }
    }
}
