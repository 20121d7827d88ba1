using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

public sealed class MakePartialCodeFixTests
{
    private const string Attribute = """[ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "US")]""";

    [Fact]
    public Task Partial_goes_after_the_other_modifiers() =>
        Verifier<ContractDeclarationAnalyzer>.VerifyFixAsync<MakePartialCodeFixProvider>(
            Sources.Contract(Attribute, "public sealed class {|KPO9001:Payroll|} { }"),
            Sources.Contract(Attribute, "public sealed partial class Payroll { }"));

    [Fact]
    public Task Partial_is_the_only_modifier_of_a_record_without_one() =>
        Verifier<ContractDeclarationAnalyzer>.VerifyFixAsync<MakePartialCodeFixProvider>(
            Sources.Contract(Attribute, "record {|KPO9001:Payroll|};"),
            Sources.Contract(Attribute, "partial record Payroll;"));

    [Fact]
    public async Task Fix_All_started_without_a_key_as_dotnet_format_may_start_it_makes_every_contract_partial()
    {
        string source = Sources.Contract(Attribute, "public sealed class Payroll { }") + Attribute + "\ninternal record Other;\n";
        using var runner = await CodeFixRunner.CreateAsync(source);

        string fixedText = await runner.FixAllAsync(new MakePartialCodeFixProvider(), "KPO9001", equivalenceKey: null);

        Assert.Equal(source.Replace("sealed class", "sealed partial class", StringComparison.Ordinal).Replace("internal record", "internal partial record", StringComparison.Ordinal), fixedText);
    }
}
