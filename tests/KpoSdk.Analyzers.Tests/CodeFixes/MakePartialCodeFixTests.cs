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
}
