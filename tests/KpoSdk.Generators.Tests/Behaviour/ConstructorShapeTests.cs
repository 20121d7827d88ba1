using KpoSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// The registry creates every contract with <c>new T()</c>, so a class needs an accessible
/// parameterless constructor, neither it nor the type may be obsolete as an error, and no required
/// member may be left unset. The generator reads declared constructors and required members from
/// syntax and asks the symbol only when a part declares one; these cases pin that both paths agree
/// with C#.
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
        { "obsolete as a warning", "[System.Obsolete(\"Old.\")] " + Contract + " public partial class C { }", true },
        { "obsolete as an error", "[System.Obsolete(\"Old.\", true)] " + Contract + " public partial class C { }", false },
        { "constructor obsolete as an error", Contract + " public partial class C { [System.Obsolete(\"Old.\", true)] public C() { } }", false },
        { "required member", Contract + " public partial class C { public required string Name { get; init; } }", false },
        { "required member in a struct", Contract + " public partial struct C { public required int Size; }", false },
        { "required member of a base class", "public class B { public required string Name { get; init; } } " + Contract + " public partial class C : B { }", false },
        { "required member set by a [SetsRequiredMembers] constructor", Contract + " public partial class C { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public C() { Name = \"\"; } public required string Name { get; init; } }", true },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_contract_is_completed_only_with_an_accessible_parameterless_constructor(string why, string declaration, bool completed)
    {
        var (output, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(Usings + declaration));

        var generated = output.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).Where(f => f.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.True(completed == generated.Contains("C.ServiceLevelContract.g.cs"), why + ": " + string.Join(", ", generated));

        // Completed or skipped, the project builds (warnings are errors here; the one-line test
        // declarations carry no XML documentation, so CS1591 is not counted).
        var broken = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS1591");
        Assert.True(!broken.Any(), why + ": " + string.Join("; ", broken));
    }
}
