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
        ["eu-765-2006-art1jc-belarus-accounting-consulting"] = (ServiceLine.Payroll, "BY", "LT", [], "2025-01-01"),
        ["eu-765-2006-art1jc-belarus-legal-advisory"] = (ServiceLine.LegalResearch, "BY", "PL", [], "2025-01-01"),
        ["eu-765-2006-art1jc-belarus-market-research"] = (ServiceLine.BusinessResearch, "BY", "DE", [], "2025-01-01"),
        ["ch-ukraine-ordinance-art28e-accounting"] = (ServiceLine.Bookkeeping, "RU", "CH", [], "2023-01-01"),
        ["ch-ukraine-ordinance-art28e-legal-advisory"] = (ServiceLine.DocumentReview, "RU", "CH-ZH", [], "2023-01-01"),
        ["ch-ukraine-ordinance-art28e-market-research"] = (ServiceLine.BusinessResearch, "RU", "CH", [], "2024-01-01"),
        ["signing-statutory-audit-opinion"] = (ServiceLine.StatutoryAuditOpinion, "DE", "IN", [], "2024-01-01"),
        ["signing-certified-court-transcript"] = (ServiceLine.CertifiedCourtTranscript, "US-NY", "US-CA", [], "2024-01-01"),
        ["signing-legal-advice"] = (ServiceLine.LegalAdvice, "US-NY", "PH", [], "2024-01-01"),
        ["signing-tax-representation"] = (ServiceLine.TaxRepresentation, "US", "IN", [], "2024-01-01"),
        ["fr-expert-comptable-bookkeeping"] = (ServiceLine.Bookkeeping, "FR", "MA", [], "2024-01-01"),
        ["eu-gdpr-chapter-v"] = (ServiceLine.Payroll, "DE", "IN", [], "2024-01-01"),
        ["uk-gdpr-chapter-v"] = (ServiceLine.Payroll, "GB", "IN", [], "2024-01-01"),
        ["uk-gdpr-art44a"] = (ServiceLine.Payroll, "GB", "IN", [], "2026-06-01"),
        ["cn-pipl-art38"] = (ServiceLine.Payroll, "CN-SH", "PH", [], "2023-01-01"),
        ["cn-pipl-art38-2024"] = (ServiceLine.Payroll, "CN", "CN-HK", [], "2025-01-01"),
        ["ru-152fz-localisation"] = (ServiceLine.Payroll, "RU", "KZ", [], "2020-01-01"),
        ["ru-152fz-localisation-2025"] = (ServiceLine.Payroll, "RU", "KZ", [Safeguard.LocalisedPrimaryDatabase], "2026-01-01"),
        ["us-doj-dsp-countries-of-concern"] = (ServiceLine.Payroll, "US", "CN-HK", [], "2026-01-01"),
        ["ch-fadp-art16"] = (ServiceLine.Payroll, "CH", "IN", [Safeguard.EuUsDataPrivacyFramework], "2024-01-01"),
        ["ca-qc-law25-s17"] = (ServiceLine.Payroll, "CA-QC", "CA-ON", [Safeguard.ProcessorContract], "2024-01-01"),
        ["jp-appi-art28"] = (ServiceLine.Payroll, "JP", "IN", [], "2020-01-01"),
        ["kr-pipa-art28-8"] = (ServiceLine.Payroll, "KR", "VN", [], "2024-01-01"),
        ["br-lgpd-art33"] = (ServiceLine.Payroll, "BR", "IN", [Safeguard.StandardContractualClauses], "2025-01-01"),
        ["sa-pdpl-art29"] = (ServiceLine.Payroll, "SA", "EG", [], "2025-01-01"),
        ["vn-pdp-law-2025"] = (ServiceLine.Payroll, "VN", "SG", [], "2026-06-01"),
        ["au-app8"] = (ServiceLine.Payroll, "AU", "PH", [], "2020-01-01"),
        ["de-ao-146-books-abroad"] = (ServiceLine.Bookkeeping, "DE", "IN", [], "2022-01-01"),
        ["in-companies-accounts-rule-3-backup"] = (ServiceLine.Bookkeeping, "IN", "PH", [], "2023-01-01"),
        ["us-irc-7216-offshore-preparer"] = (ServiceLine.TaxPreparation, "US-NY", "IN", [], "2020-01-01"),
        ["us-hipaa-business-associate"] = (ServiceLine.MedicalTranscription, "US-TX", "US-TX", [], "2010-01-01"),
        ["us-hipaa-business-associate-billing"] = (ServiceLine.Billing, "US", "PH", [], "2010-01-01"),
        ["us-aba-08-451-client-consent"] = (ServiceLine.DocumentReview, "US-NY", "IN", [], "2010-01-01"),
        ["eu-gdpr-art28-processor-contract"] = (ServiceLine.Payroll, "DE", "FR", [Safeguard.StandardContractualClauses], "2020-01-01"),
        ["uk-gdpr-art28-processor-contract"] = (ServiceLine.Payroll, "GB", "GB", [], "2022-01-01"),
        ["us-ca-ccpa-service-provider-contract"] = (ServiceLine.Billing, "US-CA", "IN", [], "2024-01-01"),
        ["cn-pipl-art39-separate-consent"] = (ServiceLine.Payroll, "CN", "PH", [Safeguard.PiplStandardContract], "2024-01-01"),
        ["de-stgb-203-secrets-abroad"] = (ServiceLine.LegalResearch, "DE", "IN", [], "2020-01-01"),
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

    [Theory]
    [MemberData(nameof(DefaultKeys))]
    public void Rule_is_lifted_by_each_way_it_names_and_by_nothing_less(string key)
    {
        // The other side of each safeguard: with a way that counts for the case the rule is gone;
        // with one safeguard of a set missing, or for a rule that names none (a sanction), it stays.
        Assert.True(RuleSet.Default.TryGetRule(key, out var rule));
        var (service, client, delivery, inPlace, inside) = s_cases[key];
        var date = D(inside);
        var ways = rule.Exemptions.Safeguards.Where(w => Counts(w, delivery, date)).ToArray();
        if (ways.Length == 0)
        {
            Assert.Contains(key, Keys(RuleSet.Default, service, client, delivery, date, Enum.GetValues<Safeguard>()));
            return;
        }

        foreach (var way in ways)
        {
            Assert.DoesNotContain(key, Keys(RuleSet.Default, service, client, delivery, date, [.. inPlace, .. way.AllOf]));
            foreach (var missing in way.AllOf.Where(_ => way.AllOf.Count > 1))
            {
                Assert.Contains(key, Keys(RuleSet.Default, service, client, delivery, date, [.. inPlace.Where(s => s != missing), .. way.AllOf.Where(s => s != missing)]));
            }
        }
    }

    private static bool Counts(SafeguardAlternative way, string delivery, CalendarDate date) =>
        (way.From is not { } from || date >= from) && (way.To is not { } to || date <= to)
        && (way.Delivery is null || DeliveryIn(way.Delivery, delivery, date));

    private static bool DeliveryIn(IReadOnlyList<string> selectors, string delivery, CalendarDate date) =>
        new GroupResolver(RuleSet.Default.Groups).Compile(selectors, "test").Contains(J(delivery), date);

    private static string[] Case(string key, CalendarDate date)
    {
        var (service, client, delivery, safeguards, _) = s_cases[key];
        return Keys(RuleSet.Default, service, client, delivery, date, safeguards);
    }
}
