using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.ContractDeclarationAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Declarations;

/// <summary>KPO9004: contract types whose shape the generator cannot complete, reported once on the name of the marked part.</summary>
public sealed class ContractShapeTests
{
    private const string Attributes = """
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "US")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
        """;

    private const string Registry = "the contract registry creates one instance of each contract";

    private const string RequiredFix = "set them in a public parameterless constructor marked [SetsRequiredMembers] (System.Diagnostics.CodeAnalysis), or drop 'required': " + Registry;

    private const string Rename = "rename it: the generated part declares the contract's members (Service, Client, Coverage, Validate, …) under these names";

    public static TheoryData<string, string, string> Shapes => new()
    {
        { "public static partial class {|#0:A|};", "is static", "remove 'static': " + Registry },
        { "public abstract partial class {|#0:A|};", "is abstract", "remove 'abstract', or mark a concrete type instead: " + Registry },
        { "public ref partial struct {|#0:A|};", "is a ref struct", "remove 'ref': a contract is used as an IServiceLevelContract, which a ref struct cannot be" },
        { "file partial class {|#0:A|};", "is file-local", "remove 'file': the generated part is another file, and the registry of all contracts must see the type" },
        { "public partial class {|#0:A|} { public A(int x) { } }", "has no parameterless constructor, only constructors that take parameters", "add 'public A() { }' (or make the existing one public or internal): " + Registry },
        { "public partial record {|#0:A|}(int X);", "has no parameterless constructor, only constructors that take parameters", "add 'public A() : this(default) { }' (or make the existing one public or internal): " + Registry },
        { "public partial record {|#0:A|}(string Name, int Size);", "has no parameterless constructor, only constructors that take parameters", "add 'public A() : this(default!, default) { }' (or make the existing one public or internal): " + Registry },
        { "public partial class {|#0:A|}(string name) { public string Name { get; } = name; }", "has no parameterless constructor, only constructors that take parameters", "add 'public A() : this(default!) { }' (or make the existing one public or internal): " + Registry },
        { "public partial class {|#0:A|} { private A() { } }", "has a private parameterless constructor, which the contract registry cannot call", "add 'public A() { }' (or make the existing one public or internal): " + Registry },
        { "public partial class {|#0:A|} { protected A() { } }", "has a protected parameterless constructor, which the contract registry cannot call", "add 'public A() { }' (or make the existing one public or internal): " + Registry },
        { "public partial class {|#0:A|} { private protected A() { } }", "has a private protected parameterless constructor, which the contract registry cannot call", "add 'public A() { }' (or make the existing one public or internal): " + Registry },
        { "public partial class {|#0:A|} { public string Service => \"\"; }", "declares 'Service', which the generated part declares too", Rename },
        { "public partial class {|#0:A|} { public void Validate(NodaTime.LocalDate date) { } }", "declares 'Validate', which the generated part declares too", Rename },
        { "public partial struct {|#0:A|} { private static int s_client; }", "declares 's_client', which the generated part declares too", Rename },
        { "public partial class {|#0:A|} : B;\npublic class B { protected int Coverage; }", "inherits 'Coverage' from 'B', which the generated member of that name would hide", Rename },
        { "[System.Obsolete(\"Use B.\", true)]\npublic partial class {|#0:A|};", "is marked [Obsolete] as an error", "remove the contract's attributes, or make it a warning ([Obsolete(\"…\")]): " + Registry },
        { "public partial class {|#0:A|} { [System.Obsolete(\"Use B.\", true)] public A() { } }", "has a parameterless constructor marked [Obsolete] as an error", "make it a warning, or add another way to create the contract: " + Registry },
        { "public partial class {|#0:A|} { public required string Name { get; init; } }", "has required members, which the contract registry's new() would leave unset", RequiredFix },
        { "public partial struct {|#0:A|} { public required int Size; }", "has required members, which the contract registry's new() would leave unset", RequiredFix },
        { "public partial class {|#0:A|} : B;\npublic class B { public required string Name { get; init; } }", "has required members, which the contract registry's new() would leave unset", RequiredFix },
        { "public partial class {|#0:A|} { public A() { } public required string Name { get; init; } }", "has required members, which the contract registry's new() would leave unset", RequiredFix },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public Task Shape_is_KPO9004_on_the_name_with_the_problem_and_the_fix(string declaration, string problem, string fix) =>
        Verify.VerifyExpectingAsync(
            Sources.Contract(Attributes, declaration),
            new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0).WithArguments("A", problem, fix));

    [Fact]
    public Task A_keyword_name_is_escaped_in_the_suggested_constructor() => Verify.VerifyExpectingAsync(
        Sources.Contract(Attributes, "public partial class {|#0:@class|} { public @class(int x) { } }"),
        new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0)
            .WithArguments("class", "has no parameterless constructor, only constructors that take parameters", "add 'public @class() { }' (or make the existing one public or internal): " + Registry));

    [Fact]
    public Task Reported_once_on_the_part_that_carries_the_attribute() => Verify.VerifyExpectingAsync(
        Sources.Usings + "public partial class A { public A(int x) { } }\n" + Attributes + "\npublic partial class {|#0:A|};\npublic partial class A;\n",
        new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0)
            .WithArguments("A", "has no parameterless constructor, only constructors that take parameters", "add 'public A() { }' (or make the existing one public or internal): " + Registry));

    [Fact]
    public Task Static_and_not_partial_gets_both_KPO9001_and_KPO9004() => Verify.VerifyExpectingAsync(
        Sources.Contract(Attributes, "public static class {|#0:A|} { }"),
        new DiagnosticResult(DiagnosticDescriptors.ContractNotPartial).WithLocation(0).WithArguments("A"),
        new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0).WithArguments("A", "is static", "remove 'static': " + Registry));

    [Theory]
    [InlineData("public partial class A;")]
    [InlineData("public sealed partial class A { public A() { } }")]
    [InlineData("internal partial class A { internal A() { } public A(int x) { } }")]
    [InlineData("public partial class A { protected internal A() { } }")]
    [InlineData("public partial struct A { public A(int x) { } }")]
    [InlineData("public readonly partial struct A;")]
    [InlineData("public partial record struct A(int X);")]
    [InlineData("public partial record A(int X) { public A() : this(0) { } }")]
    [InlineData("public partial class A { static A() { } private A(string s) { } public A() : this(\"\") { } }")]
    [InlineData("public partial class A { public void Validate(string note) { } public void CheckStaff() { } }")]
    [InlineData("public partial class A { public int ResponseTime; public int ResolutionStatus() => 0; }")]
    [InlineData("public partial class A : B;\npublic class B { private int Coverage; }")]
    [InlineData("[System.Obsolete(\"Use B.\")]\npublic partial class A;")]
    [InlineData("public partial class A { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public A() { Name = \"\"; } public required string Name { get; init; } }")]
    public Task Completable_shapes_are_clean(string declaration) => Verify.VerifyAsync(Sources.Contract(Attributes, declaration));

    [Fact]
    public Task A_type_named_like_a_generated_member_is_KPO9004() => Verify.VerifyExpectingAsync(
        Sources.Contract(Attributes, "public partial class {|#0:Coverage|};"),
        new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0).WithArguments("Coverage", "is named like the generated member 'Coverage'", Rename));

    [Fact]
    public Task A_target_member_clashes_only_when_that_target_is_declared() => Verify.VerifyExpectingAsync(
        Sources.Contract(Attributes + "\n[ResponseTime(\"PT4H\")]", "public partial class {|#0:A|} { public int ResponseTime; public int ResolutionTime; }"),
        new DiagnosticResult(DiagnosticDescriptors.ContractNotCompletable).WithLocation(0).WithArguments("A", "declares 'ResponseTime', which the generated part declares too", Rename));

    [Fact]
    public Task A_constructor_in_another_part_in_another_file_counts() => Verify.VerifyAsync(
        Sources.Contract(Attributes, "public partial class A { private A(int x) { } }"),
        "public partial class A { public A() { } }\n");

    [Theory]
    [InlineData("public partial record A(string Name, int Size) { public A() : this(default!, default) { } }")]
    [InlineData("public partial class A(string name) { public A() : this(default!) { } public string Name { get; } = name; }")]
    public Task The_suggested_constructor_compiles_and_completes_the_type(string declaration) =>
        Verify.VerifyAsync(Sources.Contract(Attributes, declaration));
}
