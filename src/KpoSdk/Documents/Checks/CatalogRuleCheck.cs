using System.Collections.Immutable;
using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO1001–KPO1003 on a catalog: every offering's service for each of its clients from each of its
/// centres, as the analyzers evaluate <c>[assembly: ServiceOffering]</c>. A rule broken for several
/// clients from one centre is reported once there, naming the other clients, as the analyzers do.
/// </summary>
internal static class CatalogRuleCheck
{
    public static ImmutableArray<AgreementViolation> Check(Provider provider, LocalDate date, RuleSet rules)
    {
        var violations = ImmutableArray.CreateBuilder<AgreementViolation>();
        var offerings = provider.Catalog.Offerings;
        for (int o = 0; o < offerings.Length; o++)
        {
            var offering = offerings[o];
            for (int d = 0; d < offering.Centers.Length; d++)
            {
                var center = provider.FindCenter(offering.Centers[d])!;
                var found = new Dictionary<string, (RuleViolation First, List<Jurisdiction> Others)>(StringComparer.Ordinal);
                var order = new List<string>();
                foreach (var client in offering.Clients)
                {
                    foreach (var violation in rules.Evaluate(offering.Service, client, center.Jurisdiction, date))
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
                    string suffix = others.Count == 0 ? "" : $" The rule applies to the offering's clients {string.Join(", ", others)} too.";
                    violations.Add(new AgreementViolation($"catalog.offerings[{o}].centers[{d}]", first.RuleId, first.Severity, first.Message + suffix, first.Key, first.Citation));
                }
            }
        }

        return violations.ToImmutable();
    }
}
