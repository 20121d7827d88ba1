using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// The registry creates every contract with <c>new T()</c>, so a class needs an accessible
/// parameterless constructor. The generator reads declared constructors from syntax and asks the
/// symbol only when a part declares one; these cases pin that both paths agree with C#.
/// </summary>
public sealed class ConstructorShapeTests
{
    private const string Usings = "using KpoSdk;\nusing KpoSdk.Contracts;\n";

    private const string Contract = """[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")] [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]""";

    public static TheoryData<string, string, bool> Shapes => new()
    {
        { "no constructor", Contract + " public partial class C { }", true },
        { "only a static constructor", Contract + " public partial class C { static C() { } }", true },
        { "public parameterless constructor", Contract + " public partial class C { public C() { } }", true },
        { "internal parameterless constructor", Contract + " public partial class C { internal C() { } }", true },
        { "protected internal parameterless constructor", Contract + " public partial class C { protected internal C() { } }", true },
        { "parameterless constructor beside another", Contract + " public partial class C { public C() { } public C(int x) { } }", true },
        { "parameterless constructor in another part", Contract + " public partial class C { public C(int x) { } } public partial class C { public C() { } }", true },
        { "parameterless primary constructor", Contract + " public partial class C() { }", true },
        { "record without parameters", Contract + " public partial record C { }", true },
        { "struct with a constructor", Contract + " public partial struct C { public C(int x) { } }", true },
        { "private constructor in another part", Contract + " public partial class C { } public partial class C { private C() { } }", false },
        { "protected parameterless constructor", Contract + " public partial class C { protected C() { } }", false },
        { "primary constructor with a parameter", Contract + " public partial class C(int x) { public int X => x; }", false },
        { "positional record", Contract + " public partial record C(int X);", false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_contract_is_completed_only_with_an_accessible_parameterless_constructor(string why, string declaration, bool completed)
    {
        var result = GeneratorRun.Run(TestCompilation.Create(Usings + declaration));

        Assert.True(completed == result.GeneratedSources.Any(s => s.HintName == "C.ServiceLevelContract.g.cs"), why + ": " + string.Join(", ", result.GeneratedSources.Select(s => s.HintName)));
    }
}
