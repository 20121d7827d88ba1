using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.CatalogDesignationAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Rules;

public sealed class CatalogDesignationTests
{
    private const string Catalog = """
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN")]
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US-NY", DeliveredFrom = "PH")]

        """;

    [Fact]
    public Task Designated_combinations_are_clean() => Verify.VerifyAsync(Sources.Usings + Catalog + """
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN PH")]
        public partial class NewYork;
        """);

    [Fact]
    public Task Undesignated_delivery_client_or_service_is_KPO1004() => Verify.VerifyAsync(Sources.Usings + Catalog + """
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-CA", DeliveredFrom = "IN {|KPO1004:PH|}")]
        public partial class California;

        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "GB", DeliveredFrom = "{|KPO1004:IN|}")]
        public partial class Britain;

        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "{|KPO1004:IN|}")]
        public partial class Payroll;
        """);

    [Fact]
    public Task Without_a_catalog_nothing_is_reported() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "IN")]
        """));
}
