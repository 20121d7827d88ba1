using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>Prints, from the knowledge base's default rules, where services may be delivered from.</summary>
internal static class DeliveryOptionsReport
{
    private static readonly Jurisdiction[] Clients = [Jurisdiction.Parse("US-NY"), Country.GB, Country.DE, Country.AU];

    private static readonly Country[] Centers = [Country.IN, Country.PH, Country.PL];

    // Acme signs a processor contract with every client (GDPR and UK GDPR Art. 28, the CCPA), so the
    // rules that only ask for one do not decide where a service may be delivered from.
    private static readonly Safeguard[] InPlace = [Safeguard.ProcessorContract];

    /// <summary>Acme's clients and centres: one line per service and client, one column per centre.</summary>
    public static void WriteAcme(TextWriter output, LocalDate date)
    {
        var rules = RuleSet.Default;
        output.WriteLine($"Acme Knowledge Services: delivery options on {date:uuuu-MM-dd} (rule data {rules.DataVersion})");
        output.WriteLine("ok = allowed (with Acme's processor contract); safeguard = allowed with a further safeguard in place; caution = a warning applies; NO = prohibited");
        output.WriteLine();
        output.WriteLine($"{"service",-26} {"client",-7} {string.Join(" ", Centers.Select(c => $"{c.Alpha2,-10}"))}");
        var notes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in Enum.GetValues<ServiceLine>())
        {
            foreach (var client in Clients)
            {
                var cells = Centers.Select(centre =>
                {
                    var violations = rules.Evaluate(service, client, centre, date, InPlace);
                    foreach (var violation in violations)
                    {
                        notes.TryAdd($"{violation.RuleId} {violation.Key}", violation.Rule.Title);
                    }

                    return Verdict(violations);
                });
                output.WriteLine($"{service,-26} {client.Code,-7} {string.Join(" ", cells.Select(c => $"{c,-10}"))}");
            }
        }

        output.WriteLine();
        output.WriteLine("Rules that apply above:");
        foreach (var (rule, title) in notes)
        {
            output.WriteLine($"  {rule}: {title}");
        }

        output.WriteLine();
        WriteWorld(output, ServiceLine.Payroll, Country.DE, date);
    }

    /// <summary>Every country a service may be delivered from for one client, with the reasons for the others.</summary>
    public static void WriteWorld(TextWriter output, ServiceLine service, Jurisdiction client, LocalDate date)
    {
        var rules = RuleSet.Default;
        var byVerdict = Country.All
            .Select(country => (Country: country, Violations: rules.Evaluate(service, client, country, date, InPlace)))
            .GroupBy(x => Verdict(x.Violations))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        output.WriteLine($"{service} for a client in {client.Code} ({client.Name}) on {date:uuuu-MM-dd}:");
        output.WriteLine($"  allowed from {byVerdict.GetValueOrDefault("ok")?.Count ?? 0} of {Country.Count} countries");
        foreach (string verdict in new[] { "caution", "safeguard", "NO" })
        {
            if (!byVerdict.TryGetValue(verdict, out var countries))
            {
                continue;
            }

            output.WriteLine(verdict switch
            {
                "NO" => "  prohibited from:",
                "caution" => "  allowed, with a warning, from:",
                _ => "  allowed only with a data-transfer safeguard from:",
            });
            foreach (var group in countries.GroupBy(x => string.Join(", ", x.Violations.Select(v => v.Key))))
            {
                var names = group.Select(x => x.Country.Alpha2).ToList();
                string list = names.Count <= 12 ? string.Join(" ", names) : $"{string.Join(" ", names.Take(12))} … ({names.Count} countries)";
                output.WriteLine($"    {list}");
                output.WriteLine($"      {group.First().Violations[0].Message}");
            }
        }
    }

    // A violation that no safeguard can satisfy prohibits the delivery if it is an error and
    // calls for care if it is a warning; one that a safeguard satisfies needs that safeguard.
    private static string Verdict(IReadOnlyList<RuleViolation> violations) =>
        violations.Count == 0 ? "ok"
        : violations.Any(v => v.Severity == RuleSeverity.Error && v.Rule.SatisfiedBy.Count == 0) ? "NO"
        : violations.Any(v => v.Rule.SatisfiedBy.Count > 0) ? "safeguard"
        : "caution";
}
