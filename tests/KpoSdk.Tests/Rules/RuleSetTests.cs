using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Tests.Rules;

public class RuleSetTests
{
    private static Jurisdiction J(string code) => Jurisdiction.Parse(code);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static string[] Keys(RuleSet rules, ServiceLine service, string client, string delivery, LocalDate date, params Safeguard[] safeguards) =>
        rules.Evaluate(service, J(client), J(delivery), date, safeguards).Select(v => v.Key).ToArray();

    [Fact]
    public void Syria_case_is_a_violation_on_30_June_2025_and_not_on_1_July()
    {
        var violation = Assert.Single(RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, Country.SY, Country.US, D(2025, 6, 30)));
        Assert.Equal(DiagnosticIds.SanctionedJurisdiction, violation.RuleId);
        Assert.Equal("us-ofac-syria", violation.Key);
        Assert.Equal(D(2025, 6, 30), violation.EffectiveTo);
        Assert.Equal(D(2011, 8, 18), violation.EffectiveFrom);
        Assert.Contains("Executive Order 14312", violation.Citation);
        Assert.Contains("Bookkeeping", violation.Message);
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, Country.SY, Country.US, D(2025, 7, 1)));
    }

    [Fact]
    public void Russia_accounting_from_the_US_is_banned_from_7_June_2022()
    {
        Assert.DoesNotContain("us-ofac-russia-accounting-consulting", Keys(RuleSet.Default, ServiceLine.ManagementAccounting, "RU", "US", D(2022, 6, 6)));
        Assert.Contains("us-ofac-russia-accounting-consulting", Keys(RuleSet.Default, ServiceLine.ManagementAccounting, "RU", "US", D(2022, 6, 7)));
    }

    [Fact]
    public void EU_client_payroll_from_Brazil_is_free_from_the_adequacy_decision()
    {
        // What the other German rules ask of a provider abroad is in place: the Art. 28 contract, the
        // clients' consent (§ 203 StGB) and the tax office's approval (AO § 146), so only the transfer rule shows.
        Safeguard[] german = [Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval];
        Assert.Equal(["eu-gdpr-chapter-v"], RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.DE, Country.BR, D(2026, 1, 25), german).Select(v => v.Key));
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.DE, Country.BR, D(2026, 1, 26), german));
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.DE, Country.IN, D(2026, 1, 26), [.. german, Safeguard.StandardContractualClauses]));
    }

    [Fact]
    public void Crimea_is_embargoed_and_Kyiv_is_not()
    {
        Assert.Equal(["us-ofac-crimea"], Keys(RuleSet.Default, ServiceLine.LegalResearch, "UA-43", "US-NY", D(2024, 1, 1)));
        Assert.Empty(Keys(RuleSet.Default, ServiceLine.LegalResearch, "UA-30", "US-NY", D(2024, 1, 1)));
    }

    [Fact]
    public void Certified_transcript_for_New_York_from_California_breaks_KPO1002()
    {
        var violation = Assert.Single(RuleSet.Default.Evaluate(ServiceLine.CertifiedCourtTranscript, J("US-NY"), J("US-CA"), D(2024, 1, 1)));
        Assert.Equal(DiagnosticIds.LicensedProfessionalRequired, violation.RuleId);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
    }

    [Fact]
    public void Clean_case_has_no_violation() =>
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, Country.US, Country.IN, D(2024, 1, 1)));

    [Fact]
    public void Default_jurisdiction_is_an_error_not_allowed()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.US, default, D(2024, 1, 1)));
        Assert.Equal("delivery", ex.ParamName);
    }

    [Fact]
    public void Non_ISO_dates_are_refused() =>
        Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.US, Country.IN, D(2024, 1, 1).WithCalendar(CalendarSystem.Julian)));

    [Fact]
    public void Default_rules_expose_their_data()
    {
        Assert.Equal("2026.12.03", RuleSet.Default.DataVersion);
        Assert.True(RuleSet.Default.TryGetRule("eu-gdpr-chapter-v", out var gdpr));
        Assert.Equal(RuleKind.DataTransfer, gdpr.Kind);
        Assert.Equal(D(2018, 5, 25), gdpr.EffectiveFrom);
        Assert.Null(gdpr.EffectiveTo);
        Assert.Equal(["personal-data"], gdpr.Scope.Services);
        Assert.Contains(gdpr.ExemptDeliveries, e => e.Selector == "JP" && e.From == D(2019, 1, 23));
        Assert.Contains(gdpr.SatisfiedBy, o => o.Safeguards.SequenceEqual([Safeguard.EuUsDataPrivacyFramework]) && o.From == D(2023, 7, 10));
        Assert.True(RuleSet.Default.TryGetRule("signing-legal-advice", out var legal));
        Assert.True(legal.Scope.DeliveryOutsideClient);
        Assert.Equal([Country.US, Country.CA], legal.Scope.SubdivisionLicensingCountries);
        Assert.All(RuleSet.Default.Rules, r => Assert.NotEmpty(r.Scope.Routes));
    }
}
