using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>
/// Every default rule with a case it covers; the tests derive the dates on both sides of the
/// rule's effective dates from the rule itself, so a changed date in rules.json is tested too.
/// </summary>
public class RuleBoundaryTests
{
    // key -> a case the rule covers: service, client, delivery, safeguards in place, and a date inside the rule's dates
    private static readonly Dictionary<string, (ServiceLine Service, string Client, string Delivery, Safeguard[] Safeguards, string Inside)> s_cases = new()
    {
        ["us-ofac-cuba"] = (ServiceLine.Bookkeeping, "CU", "US", [], "2020-01-01"),
        ["us-ofac-iran"] = (ServiceLine.LegalResearch, "IR", "US-TX", [], "2020-01-01"),
        ["us-ofac-north-korea"] = (ServiceLine.BusinessResearch, "KP", "US", [], "2020-01-01"),
        ["us-ofac-north-korea-imports"] = (ServiceLine.BusinessResearch, "US", "KP", [], "2020-01-01"),
        ["us-ofac-syria"] = (ServiceLine.Payroll, "SY", "US", [], "2020-01-01"),
        ["us-ofac-crimea"] = (ServiceLine.CourtTranscription, "UA-43", "US", [], "2020-01-01"),
        ["us-ofac-dnr-lnr"] = (ServiceLine.Billing, "US", "UA-14", [], "2023-01-01"),
        ["us-ofac-russia-accounting-consulting"] = (ServiceLine.Bookkeeping, "RU", "US", [], "2023-01-01"),
        ["eu-833-2014-art5n-accounting-consulting"] = (ServiceLine.TaxPreparation, "RU", "DE", [], "2023-01-01"),
        ["eu-833-2014-art5n-legal-advisory"] = (ServiceLine.LegalMemoDrafting, "RU", "FR", [], "2023-01-01"),
        ["eu-833-2014-art5n-market-research"] = (ServiceLine.BusinessResearch, "RU", "IE", [], "2023-01-01"),
        ["uk-russia-reg54c-accounting-consulting"] = (ServiceLine.Bookkeeping, "RU", "GB", [], "2023-01-01"),
        ["uk-russia-reg54c-auditing"] = (ServiceLine.StatutoryAuditOpinion, "RU", "GB", [], "2023-01-01"),
        ["signing-statutory-audit-opinion"] = (ServiceLine.StatutoryAuditOpinion, "DE", "IN", [], "2024-01-01"),
        ["signing-certified-court-transcript"] = (ServiceLine.CertifiedCourtTranscript, "US-NY", "US-CA", [], "2024-01-01"),
        ["signing-legal-advice"] = (ServiceLine.LegalAdvice, "US-NY", "PH", [], "2024-01-01"),
        ["signing-tax-representation"] = (ServiceLine.TaxRepresentation, "US", "IN", [], "2024-01-01"),
        ["eu-gdpr-chapter-v"] = (ServiceLine.Payroll, "DE", "IN", [], "2024-01-01"),
        ["uk-gdpr-chapter-v"] = (ServiceLine.Payroll, "GB", "IN", [], "2024-01-01"),
        ["cn-pipl-art38"] = (ServiceLine.Payroll, "CN-SH", "PH", [], "2023-01-01"),
        ["cn-pipl-art38-2024"] = (ServiceLine.Payroll, "CN", "CN-HK", [], "2025-01-01"),
        ["ru-152fz-localisation"] = (ServiceLine.Payroll, "RU", "KZ", [], "2020-01-01"),
        ["ru-152fz-localisation-2025"] = (ServiceLine.Payroll, "RU", "KZ", [Safeguard.LocalisedPrimaryDatabase], "2026-01-01"),
    };

    public static TheoryData<string> DefaultKeys() => new(RuleSet.Default.Rules.Select(r => r.Key));

    [Fact]
    public void Every_default_rule_has_a_case()
    {
        var missing = RuleSet.Default.Rules.Select(r => r.Key).Where(k => !s_cases.ContainsKey(k)).ToArray();
        Assert.Empty(missing);
        Assert.DoesNotContain(s_cases.Keys, k => !RuleSet.Default.TryGetRule(k, out _));
    }

    [Theory]
    [MemberData(nameof(DefaultKeys))]
    public void Rule_applies_inside_its_dates(string key)
    {
        var (service, client, delivery, safeguards, inside) = s_cases[key];
        Assert.Contains(key, Keys(RuleSet.Default, service, client, delivery, D(inside), safeguards));
    }

    [Theory]
    [MemberData(nameof(DefaultKeys))]
    public void Rule_starts_on_its_first_day_and_not_the_day_before(string key)
    {
        Assert.True(RuleSet.Default.TryGetRule(key, out var rule));
        if (rule.EffectiveFrom is not { } from)
        {
            Assert.Contains(key, Case(key, D("1900-01-01")));
            return;
        }

        Assert.Contains(key, Case(key, from));
        Assert.DoesNotContain(key, Case(key, AddDays(from, -1)));
    }

    [Theory]
    [MemberData(nameof(DefaultKeys))]
    public void Rule_ends_after_its_last_day(string key)
    {
        Assert.True(RuleSet.Default.TryGetRule(key, out var rule));
        if (rule.EffectiveTo is not { } to)
        {
            Assert.Contains(key, Case(key, D("2099-12-31")));
            return;
        }

        Assert.Contains(key, Case(key, to));
        Assert.DoesNotContain(key, Case(key, AddDays(to, 1)));
    }

    private static string[] Case(string key, CalendarDate date)
    {
        var (service, client, delivery, safeguards, _) = s_cases[key];
        return Keys(RuleSet.Default, service, client, delivery, date, safeguards);
    }
}
