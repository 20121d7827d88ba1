using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// A contract marked <c>[Obsolete]</c> (or with an obsolete constructor) is still listed by the
/// registry, and listing it does not warn: warnings are errors in many builds, and the user
/// deprecated the contract for its callers, not for the generated registry.
/// </summary>
public sealed class ObsoleteContractTests
{
    private const string Contract = """
        using KpoSdk;
        using KpoSdk.Contracts;

        /// <summary>A deprecated contract.</summary>
        [System.Obsolete("Use the 2027 contract.")]
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        public partial class Old2026 { }

        /// <summary>A contract whose constructor is deprecated.</summary>
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        public partial class OldConstructor
        {
            /// <summary>Creates the contract.</summary>
            [System.Obsolete]
            public OldConstructor() { }
        }
        """;

    [Fact]
    public void An_obsolete_contract_is_listed_without_a_warning()
    {
        var (_, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(Contract));
        var registry = GeneratorRun.Sources(GeneratorRun.Run(TestCompilation.Create(Contract)))["ServiceLevelContractRegistry.g.cs"];

        Assert.Empty(diagnostics);
        Assert.Contains("new global::Old2026()", registry, StringComparison.Ordinal);
        Assert.Contains("new global::OldConstructor()", registry, StringComparison.Ordinal);
    }
}
