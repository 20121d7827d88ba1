using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class SigningActRuleTests
{
    [Theory]
    [InlineData("US-NY", "US-CA", true)]
    [InlineData("US-NY", "US-NY", false)]
    [InlineData("US-NY", "US", true)]
    [InlineData("US", "US-CA", false)]
    [InlineData("US-NY", "IN", true)]
    public void Certified_transcripts_are_licensed_per_US_state(string client, string delivery, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.CertifiedCourtTranscript, client, delivery, "2024-01-01").Contains("signing-certified-court-transcript"));

    [Theory]
    [InlineData("US-NY", "US-CA", false)]
    [InlineData("DE", "DE", false)]
    [InlineData("DE", "AT", true)]
    [InlineData("IN-MH", "IN-KA", false)]
    [InlineData("IN", "PH", true)]
    public void Statutory_audit_opinions_compare_countries(string client, string delivery, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.StatutoryAuditOpinion, client, delivery, "2024-01-01").Contains("signing-statutory-audit-opinion"));

    [Theory]
    [InlineData("CA-ON", "CA-BC", true)]
    [InlineData("CA-ON", "CA-ON", false)]
    [InlineData("GB-LND", "GB-MAN", false)]
    public void Legal_advice_is_licensed_per_province_in_Canada_but_per_country_in_the_UK(string client, string delivery, bool violation) =>
        Assert.Equal(violation, Keys(ServiceLine.LegalAdvice, client, delivery, "2024-01-01").Contains("signing-legal-advice"));

    [Fact]
    public void Message_names_the_licensing_state()
    {
        var violation = Assert.Single(Knowledge.Rules.RuleSet.Default.Evaluate(ServiceLine.CertifiedCourtTranscript, J("US-NY"), J("US-CA"), D("2024-01-01")));
        Assert.Equal("KPO1002", violation.RuleId);
        Assert.Contains("licensed in New York, United States (US-NY)", violation.Message);
    }

    [Fact]
    public void Tax_representation_abroad_is_a_warning()
    {
        // The same case also needs the taxpayer's § 7216 consent (KPO1005, us-irc-7216-offshore-preparer).
        var violation = Assert.Single(Knowledge.Rules.RuleSet.Default.Evaluate(ServiceLine.TaxRepresentation, J("US"), J("IN"), D("2024-01-01")), v => v.RuleId == DiagnosticIds.LicensedProfessionalRequired);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
    }

    [Fact]
    public void Services_that_are_not_signing_acts_are_not_reserved() =>
        Assert.DoesNotContain(Knowledge.Rules.RuleSet.Default.Evaluate(ServiceLine.TaxPreparation, J("US-NY"), J("IN"), D("2024-01-01")), v => v.RuleId == DiagnosticIds.LicensedProfessionalRequired);

    [Theory]
    [InlineData("FR", "MA", true)]
    [InlineData("FR", "BE", true)]
    [InlineData("FR-75", "FR-13", false)]
    [InlineData("BE", "MA", false)]
    public void French_bookkeeping_is_reserved_to_experts_comptables_and_checked_at_country_level(string client, string delivery, bool violation)
    {
        Assert.Equal(violation, Keys(ServiceLine.Bookkeeping, client, delivery, "2026-03-02").Contains("fr-expert-comptable-bookkeeping"));
        Assert.False(Keys(ServiceLine.Payroll, client, delivery, "2026-03-02").Contains("fr-expert-comptable-bookkeeping"));
        // A reserved act: no safeguard lifts it, only the professionals delivering.
        Assert.Equal(violation, Keys(ServiceLine.Bookkeeping, client, delivery, "2026-03-02", Enum.GetValues<Safeguard>()).Contains("fr-expert-comptable-bookkeeping"));
    }
}
