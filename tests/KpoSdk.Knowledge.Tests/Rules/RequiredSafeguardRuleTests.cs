using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>
/// Issue 13's rules of kind RequiredSafeguard (KPO1005): each on both sides of its dates, of its
/// safeguard and of the deliveries it exempts.
/// </summary>
public class RequiredSafeguardRuleTests
{
    [Theory]
    [InlineData(ServiceLine.TaxPreparation, "IN", "2009-01-01", true)]
    [InlineData(ServiceLine.TaxPreparation, "IN", "2008-12-31", false)]
    [InlineData(ServiceLine.TaxRepresentation, "PH", "2026-03-02", true)]
    [InlineData(ServiceLine.TaxPreparation, "US-TX", "2026-03-02", false)]
    [InlineData(ServiceLine.TaxPreparation, "PR", "2026-03-02", false)]
    [InlineData(ServiceLine.Payroll, "IN", "2026-03-02", false)]
    public void Section_7216_needs_consent_for_a_preparer_outside_the_US(ServiceLine service, string delivery, string date, bool violation)
    {
        const string Key = "us-irc-7216-offshore-preparer";
        Assert.Equal(violation, Keys(service, "US-NY", delivery, date).Contains(Key));
        Assert.DoesNotContain(Key, Keys(service, "US-NY", delivery, date, Safeguard.Section7216Consent));
    }

    [Fact]
    public void Section_7216_is_an_error_that_names_the_consent()
    {
        var violation = Assert.Single(RuleSet.Default.Evaluate(ServiceLine.TaxPreparation, J("US"), J("IN"), D("2026-03-02")), v => v.Key == "us-irc-7216-offshore-preparer");
        Assert.Equal(RuleSeverity.Error, violation.Severity);
        Assert.Equal(DiagnosticIds.MissingSafeguard, violation.RuleId);
        Assert.Equal([[Safeguard.Section7216Consent]], violation.LiftedBy);
        Assert.Contains("Section7216Consent", violation.Message);
    }

    [Theory]
    [InlineData("US-TX", "2003-04-14", true)]
    [InlineData("US-TX", "2003-04-13", false)]
    [InlineData("IN", "2026-03-02", true)]
    public void Medical_transcription_for_US_clients_needs_a_business_associate_agreement_wherever_it_is_done(string delivery, string date, bool violation)
    {
        Assert.Equal(violation, Keys(ServiceLine.MedicalTranscription, "US-TX", delivery, date).Contains("us-hipaa-business-associate"));
        Assert.DoesNotContain("us-hipaa-business-associate", Keys(ServiceLine.MedicalTranscription, "US-TX", delivery, date, Safeguard.BusinessAssociateAgreement));
        Assert.DoesNotContain("us-hipaa-business-associate", Keys(ServiceLine.MedicalTranscription, "DE", delivery, date));
    }

    [Fact]
    public void Medical_billing_is_a_warning_and_the_same_agreement_lifts_it()
    {
        Assert.True(RuleSet.Default.TryGetRule("us-hipaa-business-associate-billing", out var billing));
        Assert.Equal(RuleSeverity.Warning, billing.Severity);
        Assert.Contains("us-hipaa-business-associate-billing", Keys(ServiceLine.Billing, "US", "PH", "2026-03-02"));
        Assert.DoesNotContain("us-hipaa-business-associate-billing", Keys(ServiceLine.Billing, "US", "PH", "2026-03-02", Safeguard.BusinessAssociateAgreement));
        Assert.DoesNotContain("us-hipaa-business-associate", Keys(ServiceLine.Billing, "US", "PH", "2026-03-02"));
    }

    [Theory]
    [InlineData(ServiceLine.DocumentReview, "2008-08-05", true)]
    [InlineData(ServiceLine.DocumentReview, "2008-08-04", false)]
    [InlineData(ServiceLine.ParalegalSupport, "2026-03-02", true)]
    [InlineData(ServiceLine.LegalResearch, "2026-03-02", true)]
    [InlineData(ServiceLine.LegalMemoDrafting, "2026-03-02", true)]
    [InlineData(ServiceLine.CourtTranscription, "2026-03-02", false)]
    public void US_lawyers_need_informed_client_consent_before_outsourcing(ServiceLine service, string date, bool violation)
    {
        const string Key = "us-aba-08-451-client-consent";
        Assert.Equal(violation, Keys(service, "US-NY", "IN", date).Contains(Key));
        Assert.Equal(violation, Keys(service, "US-NY", "US-NJ", date).Contains(Key));
        Assert.DoesNotContain(Key, Keys(service, "US-NY", "IN", date, Safeguard.ClientInformedConsent));
    }

    [Theory]
    [InlineData("FR", "2018-05-25", "eu-gdpr-art28-processor-contract")]
    [InlineData("DE", "2018-05-24", null)]
    [InlineData("GB", "2020-12-31", "eu-gdpr-art28-processor-contract")]
    [InlineData("GB", "2021-01-01", "uk-gdpr-art28-processor-contract")]
    [InlineData("NO", "2026-03-02", "eu-gdpr-art28-processor-contract")]
    [InlineData("US-CA", "2023-01-01", "us-ca-ccpa-service-provider-contract")]
    [InlineData("US-CA", "2022-12-31", null)]
    [InlineData("US-NY", "2026-03-02", null)]
    public void Processors_need_the_contract_their_clients_law_requires(string client, string date, string? key)
    {
        string[] contractRules = ["eu-gdpr-art28-processor-contract", "uk-gdpr-art28-processor-contract", "us-ca-ccpa-service-provider-contract"];
        // Every delivery, the client's own country too.
        foreach (string delivery in new[] { "IN", client })
        {
            var found = Keys(ServiceLine.Payroll, client, delivery, date).Intersect(contractRules).ToArray();
            Assert.Equal(key is null ? Array.Empty<string>() : new[] { key }, found);
            Assert.Empty(Keys(ServiceLine.Payroll, client, delivery, date, Safeguard.ProcessorContract).Intersect(contractRules));
        }

        Assert.Empty(Keys(ServiceLine.ManagementAccounting, client, "IN", date).Intersect(contractRules));
    }

    [Fact]
    public void Separate_consent_under_PIPL_is_a_warning_of_its_own_from_1_November_2021()
    {
        const string Key = "cn-pipl-art39-separate-consent";
        Assert.DoesNotContain(Key, Keys(ServiceLine.Payroll, "CN", "PH", "2021-10-31"));
        Assert.Contains(Key, Keys(ServiceLine.Payroll, "CN", "PH", "2021-11-01", Safeguard.PiplSecurityAssessment));
        Assert.DoesNotContain(Key, Keys(ServiceLine.Payroll, "CN", "PH", "2021-11-01", Safeguard.SeparateConsent));
        Assert.DoesNotContain(Key, Keys(ServiceLine.Payroll, "CN", "CN-SH", "2026-03-02"));
    }

    [Theory]
    [InlineData(ServiceLine.LegalResearch, "IN", "2017-11-09", true)]
    [InlineData(ServiceLine.LegalResearch, "IN", "2017-11-08", false)]
    [InlineData(ServiceLine.TaxPreparation, "PH", "2026-03-02", true)]
    [InlineData(ServiceLine.TaxPreparation, "PL", "2026-03-02", false)]
    [InlineData(ServiceLine.TaxPreparation, "DE", "2026-03-02", false)]
    [InlineData(ServiceLine.BusinessResearch, "IN", "2026-03-02", false)]
    public void German_professional_secrets_go_abroad_only_with_consent_outside_the_EEA(ServiceLine service, string delivery, string date, bool violation)
    {
        const string Key = "de-stgb-203-secrets-abroad";
        Assert.Equal(violation, Keys(service, "DE", delivery, date).Contains(Key));
        Assert.DoesNotContain(Key, Keys(service, "DE", delivery, date, Safeguard.ClientInformedConsent));
    }
}
