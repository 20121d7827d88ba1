using KpoSdk.Knowledge.Credentials;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class CredentialTests
{
    private static QualificationBasis? Q(CredentialKind kind, string grantedIn, ServiceLine service, string client) =>
        Credentials.Credentials.Qualification(kind, J(grantedIn), service, J(client), D("2025-01-01"));

    [Fact]
    public void A_state_CPA_licence_counts_for_US_work_and_not_for_India()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.UsCertifiedPublicAccountant, "US-NY", ServiceLine.StatutoryAuditOpinion, "US-CA"));
        Assert.Null(Q(CredentialKind.UsCertifiedPublicAccountant, "US-NY", ServiceLine.StatutoryAuditOpinion, "IN"));
    }

    [Fact]
    public void ACCA_is_recognised_broadly_but_signs_audits_only_in_the_UK_and_Ireland()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.Acca, "GB", ServiceLine.StatutoryAuditOpinion, "IE"));
        Assert.Null(Q(CredentialKind.Acca, "IN", ServiceLine.StatutoryAuditOpinion, "US"));
        Assert.Equal(QualificationBasis.Recognition, Q(CredentialKind.Acca, "IN", ServiceLine.Bookkeeping, "US"));
    }

    [Fact]
    public void Bar_admission_and_shorthand_reporting_count_in_the_granting_state_only()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.BarAdmission, "US-NY", ServiceLine.LegalAdvice, "US-NY"));
        Assert.Null(Q(CredentialKind.BarAdmission, "US-NY", ServiceLine.LegalAdvice, "US-CA"));
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.BarAdmission, "US-NY", ServiceLine.TaxRepresentation, "US-CA"));
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.CertifiedShorthandReporter, "US-CA", ServiceLine.CertifiedCourtTranscript, "US-CA"));
        Assert.Null(Q(CredentialKind.CertifiedShorthandReporter, "US-CA", ServiceLine.CertifiedCourtTranscript, "US-TX"));
    }

    [Fact]
    public void Solicitors_cover_England_and_Wales_but_not_Scotland()
    {
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.SolicitorEnglandAndWales, "GB-ENG", ServiceLine.LegalAdvice, "GB-LND"));
        Assert.Null(Q(CredentialKind.SolicitorEnglandAndWales, "GB-ENG", ServiceLine.LegalAdvice, "GB-SCT"));
    }

    [Fact]
    public void Knowledge_credentials_are_not_licences() =>
        Assert.Equal(QualificationBasis.Knowledge, Q(CredentialKind.CippE, "US", ServiceLine.Payroll, "DE"));

    [Fact]
    public void A_credential_cannot_be_granted_where_its_issuer_is_not()
    {
        var ex = Assert.Throws<ArgumentException>(() => Q(CredentialKind.IcaiCharteredAccountant, "PH", ServiceLine.Bookkeeping, "IN"));
        Assert.Contains("PH", ex.Message);
    }

    [Fact]
    public void Every_service_credential_is_a_licence_somewhere_for_that_service()
    {
        foreach (var line in Services.ServiceLines.All)
        {
            foreach (var kind in line.QualifyingCredentials)
            {
                Assert.Contains(Credentials.Credentials.Info(kind).Qualifies, q => q.Services.Contains(line.Line) && q.Basis != QualificationBasis.Knowledge);
            }
        }
    }

    [Fact]
    public void Recognition_is_containment_the_one_semantics_of_runtime_and_analyzers()
    {
        // A grant by a whole jurisdiction covers the places within it; a grant by a place within
        // covers that place only, not the jurisdiction around it (the earlier analyzer-side copy
        // compared top-level subdivisions and said yes here).
        Assert.Equal(QualificationBasis.License, Q(CredentialKind.BarAdmission, "GB-ENG", ServiceLine.LegalAdvice, "GB-BAS"));
        Assert.Null(Q(CredentialKind.BarAdmission, "GB-BAS", ServiceLine.LegalAdvice, "GB-ENG"));
        Assert.True(Credentials.Credentials.CanGrant(CredentialKind.UsCertifiedPublicAccountant, J("US-NY")));
        Assert.False(Credentials.Credentials.CanGrant(CredentialKind.UsCertifiedPublicAccountant, J("US")));
        Assert.False(Credentials.Credentials.CanGrant(CredentialKind.UsCertifiedPublicAccountant, J("IN-MH")));
    }

    [Fact]
    public void A_kind_that_can_never_count_is_reported_with_the_kinds_that_do()
    {
        string? message = Checks.CredentialRequirementCheck.Find(CredentialKind.UsCertifiedPublicAccountant, null, ServiceLine.StatutoryAuditOpinion, J("DE"), D("2026-03-02"));

        Assert.NotNull(message);
        Assert.Contains("what counts there is", message);
        Assert.Contains("(Wirtschaftspruefer)", message);
        Assert.DoesNotContain("(IcaiCharteredAccountant)", message);
        Assert.DoesNotContain("(Acca)", message);
        Assert.Null(Checks.CredentialRequirementCheck.Find(CredentialKind.Wirtschaftspruefer, null, ServiceLine.StatutoryAuditOpinion, J("DE"), D("2026-03-02")));
    }

    [Fact]
    public void A_requirement_granted_in_a_country_is_met_by_a_grant_of_one_of_its_subdivisions()
    {
        // "A CPA granted in the US" (docs/contracts.md): state boards grant CPAs, the US itself does not,
        // and the requirement names the region, as the run-time CredentialRequirement.IsMetBy does.
        var date = D("2026-03-02");

        Assert.Null(Checks.CredentialRequirementCheck.Find(CredentialKind.UsCertifiedPublicAccountant, J("US"), ServiceLine.TaxPreparation, J("US-NY"), date));
        Assert.Null(Checks.CredentialRequirementCheck.Find(CredentialKind.UsCertifiedPublicAccountant, J("US"), ServiceLine.TaxPreparation, J("US"), date));
        Assert.StartsWith("A ", Checks.CredentialRequirementCheck.Find(CredentialKind.UsCertifiedPublicAccountant, J("IN"), ServiceLine.TaxPreparation, J("US-NY"), date));
        Assert.Contains(" is not granted in ", Checks.CredentialRequirementCheck.Find(CredentialKind.UsCertifiedPublicAccountant, J("IN"), ServiceLine.TaxPreparation, J("US-NY"), date));
    }
}
