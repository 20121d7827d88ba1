using KpoSdk.Generators.Tests.Infrastructure;
using NodaTime;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// Run time equals compile time: a contract's generated <c>Validate(date)</c> uses the contract's
/// <c>[Safeguards]</c> and the project's kpo.rules.json as the build read it.
/// </summary>
public sealed class BuildRulesTests
{
    private const string Usings = "using KpoSdk; using KpoSdk.Contracts;\n";

    private const string UkPayroll = """
        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN")]
        [CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
        """;

    private static readonly LocalDate s_date = new(2026, 3, 2);

    [Fact]
    public void Declared_safeguards_lift_the_rules_they_satisfy_and_are_exposed()
    {
        using var compiled = new CompiledContracts(Usings + UkPayroll + "internal partial class Bare { }\n"
            + UkPayroll + "[Safeguards(Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract)] internal partial class WithIdta { }\n");

        var bare = compiled.Contract("Bare");
        var withIdta = compiled.Contract("WithIdta");

        // On 2026-03-02 the UK transfer rule is the Data (Use and Access) Act's Art. 44A; the Art. 28 contract is a rule of its own.
        Assert.Equal(["uk-gdpr-art44a", "uk-gdpr-art28-processor-contract"], bare.Validate(s_date).Select(v => v.Key));
        Assert.Empty(withIdta.Validate(s_date));
        Assert.Equal([Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract], withIdta.Safeguards);
        Assert.Empty(bare.Safeguards);
    }

    [Fact]
    public void The_projects_overlay_is_carried_into_Validate()
    {
        const string Cuba = """
            [ServiceLevelContract(ServiceLine.Bookkeeping, Client = "CU", DeliveredFrom = "US")]
            [CoverageWindow("America/Havana", "Mon-Fri 09:00-17:00")]
            internal partial class HavanaBooks { }
            """;
        using var withoutOverlay = new CompiledContracts(Usings + Cuba);
        using var withOverlay = new CompiledContracts(Usings + Cuba, """{ "remove": ["us-ofac-cuba"] }""");

        Assert.Contains(withoutOverlay.Contract("HavanaBooks").Validate(s_date), v => v.Key == "us-ofac-cuba");
        Assert.DoesNotContain(withOverlay.Contract("HavanaBooks").Validate(s_date), v => v.Key == "us-ofac-cuba");
    }

    [Fact]
    public void Other_assemblies_list_an_assemblys_contracts_through_the_generated_attribute()
    {
        using var compiled = new CompiledContracts(Usings + UkPayroll + "internal partial class Bare { }\n"
            + UkPayroll + "[Safeguards(Safeguard.UkInternationalDataTransferAgreement)] internal partial class WithIdta { }\n");

        var listed = KpoSdk.Contracts.ServiceLevelContracts.Of(compiled.Assembly);

        Assert.Equal(["Bare", "WithIdta"], listed.Select(c => c.GetType().Name));
        Assert.Equal(compiled.Registry.Select(c => c.GetType()), listed.Select(c => c.GetType()));
        Assert.Same(listed, KpoSdk.Contracts.ServiceLevelContracts.Of(compiled.Assembly));
        Assert.Empty(KpoSdk.Contracts.ServiceLevelContracts.Of(typeof(object).Assembly));
    }
}
