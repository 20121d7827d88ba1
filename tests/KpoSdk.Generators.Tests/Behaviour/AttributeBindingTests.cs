using KpoSdk.Contracts;
using KpoSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// The attribute names of DESIGN.md bind to the attributes even where <c>KpoSdk</c> has a type of
/// the same name (<c>KpoSdk.ServiceOffering</c> and <c>KpoSdk.CoverageWindow</c> are records): C#
/// picks the one that is an attribute.
/// </summary>
public sealed class AttributeBindingTests
{
    [Fact]
    public void The_assembly_catalog_binds_to_ServiceOfferingAttribute()
    {
        const string source = """
            using KpoSdk;
            using KpoSdk.Contracts;

            [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN")]
            [assembly: ServiceOffering(ServiceLine.Payroll, Clients = "DE", DeliveredFrom = "PL IN")]
            """;

        var compilation = TestCompilation.Create(source);

        Assert.Empty(compilation.GetDiagnostics(TestContext.Current.CancellationToken));
        var offerings = compilation.Assembly.GetAttributes().Where(a => a.AttributeClass?.Name == nameof(ServiceOfferingAttribute)).ToList();
        Assert.Equal(2, offerings.Count);
        Assert.Equal("US CA", offerings[0].NamedArguments.Single(a => a.Key == nameof(ServiceOfferingAttribute.Clients)).Value.Value);
    }

    [Fact]
    public void CoverageWindow_binds_to_the_attribute_beside_the_KpoSdk_record()
    {
        var compilation = TestCompilation.Create(Declarations.OneContract);
        var type = compilation.GetTypeByMetadataName("Acme.Contracts.NewYorkTaxPreparation")!;

        Assert.Contains(type.GetAttributes(), a => a.AttributeClass?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::KpoSdk.Contracts.CoverageWindowAttribute");
        Assert.NotNull(compilation.GetTypeByMetadataName("KpoSdk.CoverageWindow"));
    }
}
