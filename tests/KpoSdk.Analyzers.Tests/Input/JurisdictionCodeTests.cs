using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.AttributeInputAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Input;

public sealed class JurisdictionCodeTests
{
    [Fact]
    public Task Valid_client_delivery_and_grant_codes_are_clean() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "us-ny", DeliveredFrom = "IND, 608")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "US")]
        """));

    [Fact]
    public Task Unknown_client_is_underlined_inside_the_literal() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "{|KPO0001:USA-NY|}", DeliveredFrom = "IN")]
        """));

    [Fact]
    public Task Unknown_delivery_code_in_a_list_underlines_only_that_code() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN {|KPO0001:UK|}")]
        """));

    [Fact]
    public Task A_repeated_delivery_jurisdiction_is_reported() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN {|KPO0001:IND|}")]
        """));

    [Fact]
    public Task A_missing_client_is_reported_on_the_attribute() => Verify.VerifyAsync(Sources.Contract("""
        [{|KPO0001:ServiceLevelContract(ServiceLine.Payroll, DeliveredFrom = "IN")|}]
        """));

    [Fact]
    public Task A_null_delivery_list_is_reported_on_the_null() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = {|KPO0001:null|})]
        """));

    [Fact]
    public Task An_escaped_literal_is_reported_on_the_whole_literal() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = {|KPO0001:"U\u004B"|}, DeliveredFrom = "IN")]
        """));

    [Fact]
    public Task A_constant_from_elsewhere_is_reported_on_the_argument() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = {|KPO0001:Codes.Britain|}, DeliveredFrom = "IN")]
        """, "public partial class Contract; static class Codes { public const string Britain = \"UK\"; }"));

    [Fact]
    public Task Unknown_grant_jurisdiction_of_a_credential_is_reported() => Verify.VerifyAsync(Sources.Contract("""
        [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "{|KPO0001:US-XY|}")]
        """));

    [Fact]
    public Task Catalog_codes_are_checked() => Verify.VerifyAsync(Sources.Usings + """
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US {|KPO0001:EU|}", DeliveredFrom = "IN")]
        [assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB", DeliveredFrom = "{|KPO0001:GER|} PL")]
        [assembly: {|KPO0001:ServiceOffering(ServiceLine.Billing, Clients = "GB")|}]
        """);

    [Fact]
    public Task A_valid_catalog_is_clean() => Verify.VerifyAsync(Sources.Usings + """
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN PH")]
        [assembly: System.Reflection.AssemblyMetadata("Clients", "UK")]
        """);
}
