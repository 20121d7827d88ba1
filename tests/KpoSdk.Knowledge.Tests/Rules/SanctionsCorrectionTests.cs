using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>Issue 13: the corrected sanctions rules and the EU Belarus and Swiss Russia services bans.</summary>
public class SanctionsCorrectionTests
{
    private static RuleDefinition Rule(string key) => RuleSet.Default.TryGetRule(key, out var rule) ? rule : throw new KeyNotFoundException(key);

    [Theory]
    [InlineData("2011-04-18", false)]
    [InlineData("2011-04-19", true)]
    public void North_Korean_imports_are_banned_from_19_April_2011(string date, bool violation)
    {
        Assert.Equal(violation, Keys(ServiceLine.BusinessResearch, "US", "KP", date).Contains("us-ofac-north-korea-imports"));
        Assert.Contains("510.304(a)(6)", Rule("us-ofac-north-korea-imports").Citation);
    }

    [Theory]
    [InlineData("2016-03-15", false)]
    [InlineData("2016-03-16", true)]
    public void Exports_to_North_Korea_cite_the_effective_date_provision(string date, bool violation)
    {
        Assert.Equal(violation, Keys(ServiceLine.Payroll, "KP", "US", date).Contains("us-ofac-north-korea"));
        Assert.Contains("510.304(a)(7)", Rule("us-ofac-north-korea").Citation);
        Assert.Contains("510.206", Rule("us-ofac-north-korea").Citation);
    }

    [Theory]
    [InlineData("2022-10-06", false)]
    [InlineData("2022-10-07", true)]
    public void The_EU_legal_advisory_ban_covers_legal_research(string date, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.LegalResearch, "RU", "FR", date).Contains("eu-833-2014-art5n-legal-advisory"));

    [Fact]
    public void Corrected_citations_name_their_sources()
    {
        Assert.Contains("FAQ 1068", Rule("us-ofac-russia-accounting-consulting").Citation);
        Assert.Contains("SI 2022/850", Rule("uk-russia-reg54c-accounting-consulting").Citation);
        Assert.Contains("reg. 54B", Rule("uk-russia-reg54c-accounting-consulting").Citation);
        Assert.DoesNotContain("Uncertain", Rule("eu-833-2014-art5n-market-research").Notes);
    }

    [Fact]
    public void Separately_provided_tax_returns_stay_outside_the_UK_ban_and_inside_the_US_ban()
    {
        Assert.DoesNotContain("uk-russia-reg54c-accounting-consulting", Keys(ServiceLine.TaxPreparation, "RU", "GB", "2024-01-01"));
        Assert.Contains("us-ofac-russia-accounting-consulting", Keys(ServiceLine.TaxPreparation, "RU", "US", "2024-01-01"));
    }

    [Theory]
    [InlineData("eu-765-2006-art1jc-belarus-accounting-consulting", ServiceLine.StatutoryAuditOpinion)]
    [InlineData("eu-765-2006-art1jc-belarus-legal-advisory", ServiceLine.LegalMemoDrafting)]
    [InlineData("eu-765-2006-art1jc-belarus-market-research", ServiceLine.BusinessResearch)]
    public void The_EU_Belarus_bans_start_on_1_July_2024_and_are_warnings_until_the_text_is_read(string key, ServiceLine service)
    {
        Assert.DoesNotContain(key, Keys(service, "BY", "LT", "2024-06-30"));
        Assert.Contains(key, Keys(service, "BY", "LT", "2024-07-01"));
        Assert.Equal(RuleSeverity.Warning, Rule(key).Severity);
        Assert.Contains("Not confirmed", Rule(key).Notes);
    }

    [Fact]
    public void The_Belarus_bans_bind_EU_deliveries_only_and_no_safeguard_lifts_them()
    {
        const string Key = "eu-765-2006-art1jc-belarus-accounting-consulting";
        Assert.DoesNotContain(Key, Keys(ServiceLine.Bookkeeping, "BY", "GB", "2025-01-01"));
        Assert.DoesNotContain(Key, Keys(ServiceLine.Bookkeeping, "RU", "LT", "2025-01-01"));
        Assert.Contains(Key, Keys(ServiceLine.Bookkeeping, "BY", "LT", "2025-01-01", Enum.GetValues<Safeguard>()));
    }

    [Theory]
    [InlineData("ch-ukraine-ordinance-art28e-accounting", ServiceLine.TaxPreparation, "2022-06-29")]
    [InlineData("ch-ukraine-ordinance-art28e-legal-advisory", ServiceLine.LegalAdvice, "2022-11-23")]
    [InlineData("ch-ukraine-ordinance-art28e-market-research", ServiceLine.BusinessResearch, "2023-01-25")]
    public void Swiss_bans_follow_their_own_dates_for_deliveries_from_Switzerland(string key, ServiceLine service, string start)
    {
        Assert.DoesNotContain(key, Keys(service, "RU", "CH", AddDays(D(start), -1).ToString()));
        Assert.Contains(key, Keys(service, "RU", "CH", start));
        Assert.DoesNotContain(key, Keys(service, "RU", "DE", start));
        Assert.Contains(key, Keys(service, "RU", "CH", start, Enum.GetValues<Safeguard>()));
        Assert.Equal(RuleSeverity.Error, Rule(key).Severity);
    }
}
