using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// A type that cannot take a generated part gets none; a declaration with an invalid value gets
/// a fallback part whose members throw (so code using the contract compiles and the analyzers'
/// KPO error is the only one); neither throws in the generator or stops the valid contracts beside it.
/// </summary>
public sealed class InvalidDeclarationTests
{
    private const string Valid = """[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")] [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]""";

    public static TheoryData<string, string> CannotTakeAPart => new()
    {
        { "not partial", Valid + " public class C { }" },
        { "generic", Valid + " public partial class C<T> { }" },
        { "nested", "public partial class Outer { " + Valid + " public partial class C { } }" },
        { "static", Valid + " public static partial class C { }" },
        { "abstract", Valid + " public abstract partial class C { }" },
        { "file-local", Valid + " file partial class C { }" },
        { "no parameterless constructor", Valid + " public partial class C { public C(int x) { } }" },
        { "private parameterless constructor", Valid + " public partial class C { private C() { } }" },
        { "ref struct", Valid + " public ref partial struct C { }" },
        { "two contract attributes", Valid + " [ServiceLevelContract(ServiceLine.Payroll, Client = \"US\", DeliveredFrom = \"IN\")] public partial class C { }" },
        { "contract attribute on two parts", Valid + " public partial class C { } " + Valid + " public partial class C { }" },
        { "property named like a generated one", Valid + " public partial class C { public string Service => \"\"; }" },
        { "method with a generated signature", Valid + " public partial class C { public void Validate(NodaTime.LocalDate date) { } }" },
        { "field behind a generated member", Valid + " public partial class C { private static int s_coverage = 1; public int F => s_coverage; }" },
        { "type named like a generated member", Valid + " public partial class Coverage { }" },
        { "target member with that target", Valid + " [ResponseTime(\"PT4H\")] public partial class C { public int ResponseStatus; }" },
        { "inherited member named like a generated one", "public class Base { public int Targets; } " + Valid + " public partial class C : Base { }" },
    };

    public static TheoryData<string, string> InvalidValue => new()
    {
        { "unknown client", Valid.Replace("US-NY", "US-XX") + " public partial class C { }" },
        { "alpha-3 subdivision", Valid.Replace("US-NY", "USA-NY") + " public partial class C { }" },
        { "missing client", Valid.Replace("Client = \"US-NY\", ", "") + " public partial class C { }" },
        { "null client", Valid.Replace("\"US-NY\"", "null") + " public partial class C { }" },
        { "unknown delivery", Valid.Replace("\"IN\"", "\"IN XK\"") + " public partial class C { }" },
        { "repeated delivery", Valid.Replace("\"IN\"", "\"IN IND\"") + " public partial class C { }" },
        { "empty delivery", Valid.Replace("\"IN\"", "\" , \"") + " public partial class C { }" },
        { "missing delivery", Valid.Replace(", DeliveredFrom = \"IN\"", "") + " public partial class C { }" },
        { "undefined service", Valid.Replace("ServiceLine.TaxPreparation", "(ServiceLine)999") + " public partial class C { }" },
        { "unknown zone", Valid.Replace("America/New_York", "America/NewYork") + " public partial class C { }" },
        { "zone in the wrong case", Valid.Replace("America/New_York", "america/new_york") + " public partial class C { }" },
        { "malformed hours", Valid.Replace("Mon-Fri", "Mon-Fry") + " public partial class C { }" },
        { "missing coverage", Valid.Replace("[CoverageWindow(\"America/New_York\", \"Mon-Fri 09:00-17:00\")]", "") + " public partial class C { }" },
        { "malformed duration", Valid + " [ResponseTime(\"4H\")] public partial class C { }" },
        { "lower-case duration", Valid + " [ResponseTime(\"pt4h\")] public partial class C { }" },
        { "weeks", Valid + " [ResolutionTime(\"P1W\")] public partial class C { }" },
        { "days and hours", Valid + " [ResolutionTime(\"P1DT4H\")] public partial class C { }" },
        { "zero", Valid + " [ResponseTime(\"PT0S\")] public partial class C { }" },
        { "too long for a duration", Valid + " [ResponseTime(\"PT999999999H\")] public partial class C { }" },
        { "undefined clock", Valid + " [ResponseTime(\"PT4H\", Clock = (KpoSdk.Sla.SlaClockBasis)7)] public partial class C { }" },
        { "warning of 100 %", Valid + " [ResponseTime(\"PT4H\", Warnings = new[] { 50, 100 })] public partial class C { }" },
        { "warning given twice", Valid + " [ResponseTime(\"PT4H\", Warnings = new[] { 50, 50 })] public partial class C { }" },
        { "calendar days past the range of a duration", Valid + " [ResolutionTime(\"P99999999D\", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)] public partial class C { }" },
        { "unknown language", Valid + " [RequiresLanguage(\"xx\", CefrLevel.C1)] public partial class C { }" },
        { "undefined level", Valid + " [RequiresLanguage(\"en\", (CefrLevel)0)] public partial class C { }" },
        { "undefined credential", Valid + " [RequiresCredential((CredentialKind)999)] public partial class C { }" },
        { "unknown granting jurisdiction", Valid + " [RequiresCredential(CredentialKind.BarAdmission, GrantedIn = \"UK\")] public partial class C { }" },
        { "non-constant argument", Valid + " [ResponseTime(C.Amount)] public partial class C { public static string Amount = \"PT4H\"; }" },
        { "two coverage windows", Valid + " [CoverageWindow(\"America/New_York\", \"24x7\")] public partial class C { }" },
    };

    [Theory]
    [MemberData(nameof(CannotTakeAPart))]
    public void A_type_that_cannot_take_a_generated_part_gets_no_output(string why, string declaration)
    {
        var result = GeneratorRun.Run(TestCompilation.Create(Usings + declaration));

        Assert.True(result.GeneratedSources.IsEmpty, why + ": " + string.Join(", ", result.GeneratedSources.Select(s => s.HintName)));
    }

    [Theory]
    [MemberData(nameof(InvalidValue))]
    public void A_declaration_with_an_invalid_value_gets_a_fallback_part_that_adds_no_diagnostic(string why, string declaration)
    {
        var compilation = TestCompilation.Create(Usings + declaration);

        var sources = GeneratorRun.Sources(GeneratorRun.Run(compilation));
        var (_, diagnostics) = GeneratorRun.Compile(compilation);

        Assert.True(sources.ContainsKey("C.ServiceLevelContract.g.cs"), why + ": " + string.Join(", ", sources.Keys));
        Assert.Contains("GeneratedContractSupport.NotGenerated(\"C\", ", sources["C.ServiceLevelContract.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("new global::C()", sources["ServiceLevelContractRegistry.g.cs"], StringComparison.Ordinal);

        // Whatever the declaration itself breaks (a non-constant argument is CS0182), the generated files add nothing.
        var before = compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).Order();
        Assert.Equal(before, diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).Order());
        Assert.DoesNotContain(diagnostics, d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Code_using_a_contract_whose_hours_are_malformed_compiles_and_its_members_throw_naming_the_diagnostic()
    {
        var source = Usings + Documented.Replace("Mon-Fri", "Mon-Fry") + " [ResponseTime(\"PT4H\")] [ResolutionTime(\"P3D\")] public partial class C { }\n"
            + "/// <summary>Uses the contract.</summary>\npublic static class Use {\n"
            + "/// <summary>Typed members and the registry.</summary>\npublic static object M() { var c = new C(); NodaTime.Instant due = c.ResponseDeadline(default); NodaTime.Duration response = c.ResponseTime; NodaTime.Period resolution = c.ResolutionTime; return KpoSdk.Generated.ServiceLevelContractRegistry.All; } }";

        using var compiled = new CompiledContracts(source);
        var contract = compiled.Contract("C");

        Assert.Empty(compiled.Registry);
        var error = Assert.Throws<InvalidOperationException>(() => contract.Client);
        Assert.Equal("The service-level contract 'C' was not generated: its declaration has errors (KPO0005), which the build reports. Fix the declaration and build again.", error.Message);
        Assert.Throws<InvalidOperationException>(() => contract.ResponseDeadline(default));
    }

    [Fact]
    public void An_invalid_declaration_does_not_stop_a_valid_one()
    {
        var source = Usings + Valid.Replace("US-NY", "US-XX") + " public partial class Broken { } " + Valid + " public partial class Working { }";

        var result = GeneratorRun.Run(TestCompilation.Create(source));

        Assert.Equal(["Broken.ServiceLevelContract.g.cs", "ProjectRules.g.cs", "ServiceLevelContractRegistry.g.cs", "Working.ServiceLevelContract.g.cs"], result.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Contains("new global::Working()", GeneratorRun.Sources(result)["ServiceLevelContractRegistry.g.cs"], StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Broken()", GeneratorRun.Sources(result)["ServiceLevelContractRegistry.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void Types_whose_names_differ_only_in_case_get_distinct_files_that_compile()
    {
        var source = Usings + Documented + " public partial class Contract { }\n" + Documented + " public partial class ConTract { }";

        var (_, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(source));
        var result = GeneratorRun.Run(TestCompilation.Create(source));

        Assert.Empty(diagnostics);
        Assert.Equal(4, result.GeneratedSources.Length);
        Assert.Equal(4, result.GeneratedSources.Select(s => s.HintName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Overloads_of_generated_methods_and_members_of_undeclared_targets_compile()
    {
        var source = Usings + Documented + " public partial class C {\n"
            + "/// <summary>An overload.</summary>\n/// <param name=\"note\">A note.</param>\npublic void Validate(string note) { }\n"
            + "/// <summary>Not generated: no response target.</summary>\npublic int ResponseTime => 0; }";

        var (_, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(source));

        Assert.Empty(diagnostics);
        Assert.Contains("C.ServiceLevelContract.g.cs", GeneratorRun.Sources(GeneratorRun.Run(TestCompilation.Create(source))).Keys);
    }

    [Fact]
    public void A_type_named_like_a_keyword_is_escaped()
    {
        var source = Usings + "namespace @event {\n" + Documented + " public partial class @class { } }";

        var (_, diagnostics) = GeneratorRun.Compile(TestCompilation.Create(source));

        Assert.Empty(diagnostics);
        Assert.Contains("new global::@event.@class()", GeneratorRun.Sources(GeneratorRun.Run(TestCompilation.Create(source)))["ServiceLevelContractRegistry.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_compilation_without_contracts_gets_no_registry()
    {
        var result = GeneratorRun.Run(TestCompilation.Create("namespace Acme { /// <summary>No contract.</summary>\npublic class Plain { } }"));

        Assert.Empty(result.GeneratedSources);
    }

    private const string Usings = "using KpoSdk;\nusing KpoSdk.Contracts;\n";

    private const string Documented = "/// <summary>A contract.</summary>\n" + Valid;
}
