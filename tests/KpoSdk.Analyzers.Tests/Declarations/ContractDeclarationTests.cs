using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.ContractDeclarationAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Declarations;

public sealed class ContractDeclarationTests
{
    private const string Attribute = """[ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "US")]""";

    [Fact]
    public Task Top_level_partial_non_generic_contracts_are_clean() => Verify.VerifyAsync(Sources.Usings + Attribute + """

        public partial class A;

        """ + Attribute + """

        public partial record struct B;

        public class NotAContract;
        """);

    [Fact]
    public Task Not_partial_is_KPO9001() => Verify.VerifyAsync(Sources.Contract(Attribute, "public class {|KPO9001:A|};"));

    [Fact]
    public Task Nested_is_KPO9002() => Verify.VerifyAsync(Sources.Usings + "public partial class Outer\n{\n    " + Attribute + "\n    public partial class {|KPO9002:Inner|};\n}\n");

    [Fact]
    public Task Generic_is_KPO9003() => Verify.VerifyAsync(Sources.Contract(Attribute, "public partial class A{|KPO9003:<T>|};"));
}
