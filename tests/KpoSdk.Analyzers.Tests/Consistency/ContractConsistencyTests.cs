using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.ContractConsistencyAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Consistency;

public sealed class ContractConsistencyTests
{
    [Fact]
    public Task A_contract_consistent_with_its_client_is_clean() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxRepresentation, Client = "US-NY", DeliveredFrom = "IN")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        [RequiresCredential(CredentialKind.UsEnrolledAgent)]
        [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "US-NY")]
        [RequiresLanguage("en", CefrLevel.C1)]
        """));

    [Fact]
    public Task A_credential_required_from_a_country_whose_states_grant_it_is_clean() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "US")]
        """));

    [Fact]
    public Task Coverage_zone_of_another_country_is_KPO2001() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US-NY", DeliveredFrom = "US")]
        [CoverageWindow("{|KPO2001:Asia/Kolkata|}", "Mon-Fri 09:00-17:00")]
        """));

    [Fact]
    public Task Language_not_official_in_the_client_country_is_KPO3006() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "PL")]
        [RequiresLanguage("{|KPO3006:fr|}", CefrLevel.B2)]
        [RequiresLanguage("de", CefrLevel.B2)]
        """));

    [Fact]
    public Task Credential_that_does_not_count_in_the_client_jurisdiction_is_KPO3001() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxRepresentation, Client = "US-NY", DeliveredFrom = "US")]
        [RequiresCredential({|KPO3001:CredentialKind.IcaiCharteredAccountant|})]
        [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "{|KPO3001:IN|}")]
        """));

    [Fact]
    public Task A_zone_of_the_clients_country_but_not_of_its_state_is_KPO2001() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
        [CoverageWindow("{|KPO2001:America/New_York|}", "Mon-Fri 09:00-17:00")]
        """));

    [Theory]
    [InlineData("US-CA", "America/Los_Angeles")]
    [InlineData("US-CA", "US/Pacific")]
    [InlineData("US-IN", "America/Chicago")]
    [InlineData("US-PR", "America/Puerto_Rico")]
    [InlineData("US", "America/New_York")]
    public Task A_zone_of_the_clients_subdivision_is_clean(string client, string zone) => Verify.VerifyAsync(Sources.Contract($$"""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "{{client}}", DeliveredFrom = "US")]
        [CoverageWindow("{{zone}}", "Mon-Fri 09:00-17:00")]
        """));
}
