using KpoSdk.Knowledge.Credentials;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

/// <summary>
/// The credential corrections of issue 13: requirements of some client jurisdictions only (a PTIN
/// for US returns), grants that count only where they were made (bar admission before the IRS),
/// and licences only for work law reserves.
/// </summary>
public class CredentialRequirementTests
{
    private static QualificationBasis? Q(CredentialKind kind, string grantedIn, ServiceLine service, string client) =>
        Credentials.Credentials.Qualification(kind, J(grantedIn), service, J(client), D("2026-03-02"));

    private static string[][] Requirements(ServiceLine service, string client) =>
        [.. Credentials.Credentials.Requirements(service, J(client), D("2026-03-02")).Select(r => r.Select(k => k.ToString()).ToArray())];

    [Theory]
    [InlineData("US-NY")]
    [InlineData("US")]
    [InlineData("PR")]
    public void US_tax_preparation_needs_a_PTIN(string client) =>
        Assert.Equal([["PreparerTaxIdentificationNumber"]], Requirements(ServiceLine.TaxPreparation, client));

    [Theory]
    [InlineData("IN")]
    [InlineData("CA")]
    [InlineData("GB")]
    public void Tax_preparation_elsewhere_needs_no_credential(string client) =>
        Assert.Empty(Requirements(ServiceLine.TaxPreparation, client));

    [Fact]
    public void US_tax_representation_needs_a_practitioner_and_a_PTIN()
    {
        var us = Requirements(ServiceLine.TaxRepresentation, "US-CA");
        Assert.Equal(2, us.Length);
        Assert.Contains("UsEnrolledAgent", us[0]);
        Assert.Equal(["PreparerTaxIdentificationNumber"], us[1]);

        var germany = Assert.Single(Requirements(ServiceLine.TaxRepresentation, "DE"));
        Assert.Contains("Wirtschaftspruefer", germany);
        Assert.DoesNotContain("PreparerTaxIdentificationNumber", germany);
    }

    [Fact]
    public void A_PTIN_licenses_US_return_work_only()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.PreparerTaxIdentificationNumber, "US", ServiceLine.TaxPreparation, "US-TX"));
        Assert.Null(Q(CredentialKind.PreparerTaxIdentificationNumber, "US", ServiceLine.TaxPreparation, "IN"));
        Assert.Null(Q(CredentialKind.PreparerTaxIdentificationNumber, "US", ServiceLine.Bookkeeping, "US-TX"));
    }

    [Theory]
    [InlineData("US-NY", "License")]
    [InlineData("US-DC", "License")]
    [InlineData("PR", "License")]
    [InlineData("GB-ENG", null)]
    [InlineData("IN", null)]
    public void A_bar_admission_counts_before_the_IRS_only_when_granted_in_the_US(string grantedIn, string? expected) =>
        Assert.Equal(expected, Q(CredentialKind.BarAdmission, grantedIn, ServiceLine.TaxRepresentation, "US-CA")?.ToString());

    [Fact]
    public void A_foreign_bar_admission_still_licenses_legal_work_where_it_was_granted() =>
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.BarAdmission, "GB-ENG", ServiceLine.LegalAdvice, "GB-ENG"));

    [Theory]
    [InlineData(CredentialKind.UsCertifiedPublicAccountant, "US-NY", ServiceLine.StatutoryAuditOpinion, "US", "License")]
    [InlineData(CredentialKind.UsCertifiedPublicAccountant, "US-NY", ServiceLine.Bookkeeping, "US", "Recognition")]
    [InlineData(CredentialKind.UsCertifiedPublicAccountant, "US-NY", ServiceLine.TaxPreparation, "US", "Recognition")]
    [InlineData(CredentialKind.UsEnrolledAgent, "US", ServiceLine.TaxRepresentation, "US", "License")]
    [InlineData(CredentialKind.UsEnrolledAgent, "US", ServiceLine.TaxPreparation, "US", "Recognition")]
    [InlineData(CredentialKind.IcaiCharteredAccountant, "IN", ServiceLine.Payroll, "IN", "Recognition")]
    [InlineData(CredentialKind.IcaiCharteredAccountant, "IN", ServiceLine.TaxRepresentation, "IN", "License")]
    [InlineData(CredentialKind.Acca, "GB", ServiceLine.Billing, "GB", "Recognition")]
    [InlineData(CredentialKind.Steuerberater, "DE", ServiceLine.Bookkeeping, "DE", "Recognition")]
    [InlineData(CredentialKind.Steuerberater, "DE", ServiceLine.TaxPreparation, "DE", "License")]
    [InlineData(CredentialKind.Wirtschaftspruefer, "DE", ServiceLine.TaxRepresentation, "DE", "License")]
    [InlineData(CredentialKind.ExpertComptable, "FR", ServiceLine.Bookkeeping, "FR", "License")]
    [InlineData(CredentialKind.ExpertComptable, "FR", ServiceLine.Payroll, "FR", "Recognition")]
    public void Licences_are_for_reserved_work_and_the_rest_is_recognition(CredentialKind kind, string grantedIn, ServiceLine service, string client, string expected) =>
        Assert.Equal(expected, Q(kind, grantedIn, service, client)?.ToString());

    [Fact]
    public void ICAEW_and_CA_ANZ_admit_members_worldwide_but_license_only_audits_at_home()
    {
        Assert.True(Credentials.Credentials.CanGrant(CredentialKind.IcaewCharteredAccountant, J("IN")));
        Assert.Equal(QualificationBasis.Recognition, Q(CredentialKind.IcaewCharteredAccountant, "IN", ServiceLine.Bookkeeping, "US"));
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.IcaewCharteredAccountant, "IN", ServiceLine.StatutoryAuditOpinion, "GB"));
        Assert.Null(Q(CredentialKind.IcaewCharteredAccountant, "GB", ServiceLine.StatutoryAuditOpinion, "IN"));

        Assert.True(Credentials.Credentials.CanGrant(CredentialKind.CharteredAccountantAustraliaNewZealand, J("PH")));
        Assert.Equal(QualificationBasis.Recognition, Q(CredentialKind.CharteredAccountantAustraliaNewZealand, "AU", ServiceLine.TaxRepresentation, "AU"));
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.CharteredAccountantAustraliaNewZealand, "AU", ServiceLine.StatutoryAuditOpinion, "NZ"));
    }

    [Fact]
    public void In_Australia_the_licences_are_TPB_and_ASIC_registration()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.TaxPractitionersBoardTaxAgent, "AU", ServiceLine.TaxRepresentation, "AU"));
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.AsicRegisteredCompanyAuditor, "AU", ServiceLine.StatutoryAuditOpinion, "AU"));
        Assert.Null(Q(CredentialKind.AsicRegisteredCompanyAuditor, "AU", ServiceLine.StatutoryAuditOpinion, "NZ"));
        var licensing = Credentials.Credentials.KindsThatCount(ServiceLine.TaxRepresentation, J("AU"), D("2026-03-02"), licenseOnly: true);
        Assert.Contains(CredentialKind.TaxPractitionersBoardTaxAgent, licensing);
        Assert.DoesNotContain(CredentialKind.CharteredAccountantAustraliaNewZealand, licensing);
    }

    [Fact]
    public void Every_required_kind_of_a_client_jurisdiction_licenses_the_service_there()
    {
        foreach (var line in Services.ServiceLines.All)
        {
            foreach (var requirement in line.RequirementsIn)
            {
                Assert.All(requirement.AnyOf, kind => Assert.Contains(
                    Credentials.Credentials.Info(kind).Qualifies,
                    q => q.Services.Contains(line.Line) && q.Basis == QualificationBasis.License));
            }
        }
    }
}
