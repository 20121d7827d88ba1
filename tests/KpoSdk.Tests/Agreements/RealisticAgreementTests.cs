namespace KpoSdk.Tests.Agreements;

public sealed class RealisticAgreementTests
{
    [Fact]
    public void New_York_tax_agreement_reports_exactly_the_expected_violations()
    {
        var found = Samples.NewYorkTax.Validate(Samples.CheckedOn).Select(v => (v.Path, v.RuleId, v.Severity)).ToArray();

        Assert.Equal(
            [
                ("services[0].team[1].languages[0]", "KPO3004", RuleSeverity.Error),
                ("services[0].team[1].regulationFamiliarity", "KPO3005", RuleSeverity.Error),
                ("services[1].centers[0]", "KPO1002", RuleSeverity.Warning),
                ("services[1].team", "KPO3007", RuleSeverity.Warning),
                ("services[2].centers[0]", "KPO1004", RuleSeverity.Error),
                ("services[2].centers", "KPO3007", RuleSeverity.Warning),
            ],
            found);
    }

    [Fact]
    public void German_payroll_agreement_reports_exactly_the_expected_violations()
    {
        var found = Samples.GermanPayroll.Validate(Samples.CheckedOn).Select(v => (v.Path, v.RuleId, v.Severity)).ToArray();

        Assert.Equal(
            [
                // Pune is outside the EU: the GDPR transfer, and (warnings the SDK cannot settle) payroll
                // records kept outside the EU under AO § 146 and, were the client a lawyer, tax adviser
                // or auditor, its clients' secrets under § 203 StGB.
                ("services[0].centers[1]", "KPO1003", RuleSeverity.Error),
                ("services[0].centers[1]", "KPO1003", RuleSeverity.Warning),
                ("services[0].centers[1]", "KPO1005", RuleSeverity.Warning),
                ("services[0].requiredLanguages[0]", "KPO3006", RuleSeverity.Warning),
                ("services[0].team[1].languages[1]", "KPO3004", RuleSeverity.Error),
                ("services[0].team", "KPO3007", RuleSeverity.Warning),
            ],
            found);
    }

    [Fact]
    public void Messages_quote_the_values_involved()
    {
        var violations = Samples.NewYorkTax.Validate(Samples.CheckedOn);
        Assert.Contains("Jose Santos speaks English at B2", violations[0].Message);
        Assert.Contains("en:C1", violations[0].Message);
        Assert.Contains("2026-10-02 09:00", violations[3].Message);
        Assert.Contains("'Manila'", violations[4].Message);
        Assert.Contains("2026-06-12", violations[5].Message);
        Assert.Equal("signing-tax-representation", violations[2].RuleKey);
        Assert.NotNull(violations[2].Citation);
    }

    [Fact]
    public void Ananya_alone_leaves_the_Pune_holiday_uncovered_for_tax_representation()
    {
        var gap = Samples.NewYorkTax.Validate(Samples.CheckedOn).Single(v => v.Path == "services[1].team");

        Assert.Contains("leave 8 h", gap.Message);
        Assert.Contains("in 1 gap;", gap.Message);
    }

    [Fact]
    public void German_payroll_gap_is_the_Pune_holiday_hour_Krakow_does_not_cover()
    {
        var gap = Samples.GermanPayroll.Validate(Samples.CheckedOn).Single(v => v.RuleId == "KPO3007");

        Assert.Contains("leave 1 h", gap.Message);
        Assert.Contains("2026-10-02 16:00", gap.Message);
    }
}
