using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Benchmarks.Rules;

/// <summary>
/// The obvious way to evaluate the rule data: read each rule's text selectors on every call,
/// parsing codes and walking groups, with nothing precomputed. The baseline for <see cref="RuleSet"/>.
/// </summary>
internal sealed class NaiveRuleInterpreter(IReadOnlyList<RuleDefinition> rules, IReadOnlyCollection<JurisdictionGroup> groups)
{
    public int CountViolations(ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards)
    {
        int count = 0;
        foreach (var rule in rules)
        {
            if (Breaks(rule, service, client, delivery, date, safeguards))
            {
                count++;
            }
        }

        return count;
    }

    public IEnumerable<string> Keys(ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards) =>
        rules.Where(r => Breaks(r, service, client, delivery, date, safeguards)).Select(r => r.Key);

    private bool Breaks(RuleDefinition rule, ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards) =>
        rule.IsEffectiveOn(date)
        && rule.Scope.Services.Any(s => ServiceMatches(s, service))
        && rule.Scope.Routes.Any(r => AnyMatches(r.Clients, client, date) && AnyMatches(r.Deliveries, delivery, date))
        && (rule.Scope.DeliveryOutsideClient is not { } licensing || IsOutside(licensing, client, delivery))
        && !rule.Exemptions.DeliveryIn.Any(e => Matches(e, delivery, date))
        && !rule.Exemptions.Safeguards.Any(m => m.AllOf.All(safeguards.Contains)
            && (m.From is not { } from || date >= from) && (m.To is not { } to || date <= to)
            && (m.Delivery is null || AnyMatches(m.Delivery, delivery, date)));

    private static bool ServiceMatches(string selector, ServiceLine service)
    {
        var info = ServiceLines.Info(service);
        return selector switch
        {
            "all" => true,
            "personal-data" => info.HandlesPersonalData,
            "signing-acts" => info.IsSigningAct,
            _ when selector.StartsWith("category:", StringComparison.Ordinal) => info.Category.ToString() == selector.Substring(9),
            _ => service.ToString() == selector,
        };
    }

    private bool AnyMatches(IReadOnlyList<string> selectors, JurisdictionId j, CalendarDate date) =>
        selectors.Any(s => s == "*" || Matches(new DatedJurisdiction(s), j, date));

    private bool Matches(DatedJurisdiction selector, JurisdictionId j, CalendarDate date)
    {
        if ((selector.From is { } from && date < from) || (selector.To is { } to && date > to))
        {
            return false;
        }

        if (selector.Code[0] == '@')
        {
            return groups.First(g => g.Name == selector.Code).Members.Any(m => Matches(m, j, date));
        }

        Jurisdictions.TryParse(selector.Code, out var id);
        if (id.HasSubdivision)
        {
            return j.HasSubdivision && Within(j.Subdivision, id.Subdivision);
        }

        return j.Country == id.Country
            && (!j.HasSubdivision || !selector.Except.Any(e => Jurisdictions.TryParse(e, out var x) && Within(j.Subdivision, x.Subdivision)));
    }

    private static bool IsOutside(LicensingComparison licensing, JurisdictionId client, JurisdictionId delivery)
    {
        if (client.Country != delivery.Country)
        {
            return true;
        }

        bool perSubdivision = licensing.SubdivisionLevelIn.Any(c => Jurisdictions.TryParse(c, out var id) && id.Country == client.Country);
        if (!client.HasSubdivision || !perSubdivision)
        {
            return false;
        }

        return !delivery.HasSubdivision || Top(client.Subdivision) != Top(delivery.Subdivision);
    }

    private static int Top(int row)
    {
        while (Subdivisions.Parent(row) >= 0)
        {
            row = Subdivisions.Parent(row);
        }

        return row;
    }

    private static bool Within(int row, int ancestor)
    {
        for (int current = row; current >= 0; current = Subdivisions.Parent(current))
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
