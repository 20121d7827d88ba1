using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// The rules that one catalog offering breaks from one delivery jurisdiction, each once however
/// many of the offering's clients break it, so that a long client list does not stack identical
/// findings: the first client that breaks it, and a sentence naming the others. The analyzers
/// report these on <c>[assembly: ServiceOffering]</c> and on catalog documents alike.
/// </summary>
internal static class OfferingViolations
{
    /// <summary>The rules broken, in the order the clients first break them.</summary>
    public static IReadOnlyList<OfferingViolation> Evaluate(RuleSet rules, ServiceLine service, IReadOnlyList<JurisdictionId> clients, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards)
    {
        var found = new Dictionary<string, (RuleViolation First, int Client, List<JurisdictionId> Others)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int c = 0; c < clients.Count; c++)
        {
            foreach (var violation in rules.Evaluate(service, clients[c], delivery, date, safeguards))
            {
                if (found.TryGetValue(violation.Key, out var entry))
                {
                    entry.Others.Add(clients[c]);
                }
                else
                {
                    found[violation.Key] = (violation, c, []);
                    order.Add(violation.Key);
                }
            }
        }

        return order.Select(key =>
        {
            var (first, client, others) = found[key];
            string? suffix = others.Count == 0 ? null : $" The rule applies to the offering's clients {string.Join(", ", others.Select(Jurisdictions.Format))} too.";
            return new OfferingViolation(first, client, suffix);
        }).ToArray();
    }
}
