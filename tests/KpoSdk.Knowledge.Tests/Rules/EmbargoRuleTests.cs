using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class EmbargoRuleTests
{
    [Theory]
    [InlineData("2025-06-30", true)]
    [InlineData("2025-07-01", false)]
    [InlineData("2011-08-18", true)]
    [InlineData("2011-08-17", false)]
    public void Syria_programme_ends_on_30_June_2025(string date, bool violation)
    {
        var keys = Keys(ServiceLine.Bookkeeping, "SY", "US", date);
        Assert.Equal(violation, keys.Contains("us-ofac-syria"));
    }

    [Fact]
    public void Syria_rule_reports_KPO1001_with_citation_and_dates()
    {
        var violation = Assert.Single(Knowledge.Rules.RuleSet.Default.Evaluate(ServiceLine.Payroll, J("SY"), J("US-NY"), D("2025-06-30")));
        Assert.Equal("KPO1001", violation.RuleId);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
        Assert.Contains("Executive Order 14312", violation.Citation);
        Assert.Equal(D("2025-06-30"), violation.EffectiveTo);
        Assert.Contains("Payroll", violation.Message);
        Assert.Contains("(SY)", violation.Message);
        Assert.Contains("(US-NY)", violation.Message);
    }

    [Theory]
    [InlineData("IR", "US")]
    [InlineData("US", "IR")]
    [InlineData("IR", "PR")]
    [InlineData("IR", "US-PR")]
    public void Iran_is_embargoed_both_ways_from_the_US_and_its_territories(string client, string delivery) =>
        Assert.Contains("us-ofac-iran", Keys(ServiceLine.LegalResearch, client, delivery, "2024-01-01"));

    [Fact]
    public void Embargo_binds_the_imposing_jurisdiction_not_third_countries()
    {
        // An Iranian client served from India breaks no US rule: the data models who imposes the embargo.
        Assert.Empty(Keys(ServiceLine.LegalResearch, "IR", "IN", "2024-01-01"));
    }

    [Fact]
    public void Cuba_and_North_Korea_are_embargoed()
    {
        Assert.Contains("us-ofac-cuba", Keys(ServiceLine.Billing, "US-FL", "CU", "2024-01-01"));
        Assert.Contains("us-ofac-north-korea", Keys(ServiceLine.Billing, "KP", "US", "2024-01-01"));
        Assert.Contains("us-ofac-north-korea-imports", Keys(ServiceLine.Billing, "US", "KP", "2024-01-01"));
    }

    [Theory]
    [InlineData("UA-43", true)]
    [InlineData("UA-40", true)]
    [InlineData("UA-30", false)]
    [InlineData("UA-32", false)]
    [InlineData("UA", false)]
    public void Crimea_and_Sevastopol_are_embargoed_but_Kyiv_is_not(string client, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.Bookkeeping, client, "US", "2024-01-01").Contains("us-ofac-crimea"));

    [Theory]
    [InlineData("UA-14", true)]
    [InlineData("UA-09", true)]
    [InlineData("UA-63", false)]
    public void Donetsk_and_Luhansk_are_embargoed_from_21_February_2022(string delivery, bool violation)
    {
        Assert.Equal(violation, Keys(ServiceLine.Bookkeeping, "US", delivery, "2022-02-21").Contains("us-ofac-dnr-lnr"));
        Assert.DoesNotContain("us-ofac-dnr-lnr", Keys(ServiceLine.Bookkeeping, "US", delivery, "2022-02-20"));
    }

    [Theory]
    [InlineData(ServiceLine.Bookkeeping, "US", "IN")]
    [InlineData(ServiceLine.LegalResearch, "DE", "FR")]
    [InlineData(ServiceLine.ManagementAccounting, "IN", "PH")]
    [InlineData(ServiceLine.BusinessResearch, "RU", "IN")]
    public void Ordinary_cases_are_clean(ServiceLine service, string client, string delivery) =>
        Assert.Empty(Keys(service, client, delivery, "2024-06-01"));
}
