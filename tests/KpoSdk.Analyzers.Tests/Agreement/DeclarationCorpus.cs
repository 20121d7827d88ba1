namespace KpoSdk.Analyzers.Tests.Agreement;

/// <summary>
/// Contract declarations, valid and invalid in every way the generator checks: written out one by
/// one, and every type shape crossed with every kind of attribute problem. Each case is a whole
/// file with one contract type, named C.
/// </summary>
internal static class DeclarationCorpus
{
    /// <summary>One declaration; <paramref name="CompilerExplains"/> when it is a C# error, which the compiler reports itself.</summary>
    public sealed record Case(string Name, string Source, bool CompilerExplains = false)
    {
        public override string ToString() => Name;
    }

    private const string Usings = "using KpoSdk;\nusing KpoSdk.Contracts;\nusing KpoSdk.Sla;\n";

    private const string Contract = """[ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN")]""";

    private const string Coverage = """[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]""";

    private const string Valid = Contract + "\n" + Coverage + "\n";

    /// <summary>Type shapes: a declaration of C carrying the given attributes.</summary>
    private static readonly (string Name, Func<string, string> Declare)[] s_shapes =
    [
        ("class", a => a + "public partial class C;"),
        ("struct", a => a + "public partial struct C;"),
        ("record", a => a + "public partial record C;"),
        ("readonly record struct", a => a + "public readonly partial record struct C(int X);"),
        ("static class", a => a + "public static partial class C;"),
        ("abstract class", a => a + "public abstract partial class C;"),
        ("ref struct", a => a + "public ref partial struct C;"),
        ("file-local class", a => a + "file partial class C;"),
        ("private constructor", a => a + "public partial class C { private C() { } }"),
        ("constructor with parameters", a => a + "public partial class C { public C(int x) { } }"),
        ("record with parameters", a => a + "public partial record C(int X);"),
        ("not partial", a => a + "public class C;"),
        ("generic", a => a + "public partial class C<T>;"),
        ("nested", a => "public partial class Outer\n{\n" + a + "public partial class C;\n}"),
        ("property named like a generated one", a => a + "public partial class C { public string Service => \"\"; }"),
        ("method with a generated signature", a => a + "public partial record C { public void Validate(NodaTime.LocalDate date) { } }"),
        ("overload of a generated method", a => a + "public partial struct C { public void Validate(string note) { } }"),
        ("inherited member named like a generated one", a => "public class Base { public int Coverage; }\n" + a + "public partial class C : Base;"),
        ("private inherited member named like a generated one", a => "public class Base { private int Coverage; }\n" + a + "public partial class C : Base;"),
        ("obsolete as an error", a => "[System.Obsolete(\"Old.\", true)]\n" + a + "public partial class C;"),
        ("obsolete as a warning", a => "[System.Obsolete(\"Old.\")]\n" + a + "public partial class C;"),
        ("constructor obsolete as an error", a => a + "public partial class C { [System.Obsolete(\"Old.\", true)] public C() { } }"),
        ("required member", a => a + "public partial class C { public required string Name { get; init; } }"),
        ("required member in a struct", a => a + "public partial struct C { public required int Size; }"),
        ("required member of a base class", a => "public class Base { public required string Name { get; init; } }\n" + a + "public partial class C : Base;"),
        ("required member set by the constructor", a => a + "public partial class C { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public C() { Name = \"\"; } public required string Name { get; init; } }"),
    ];

    /// <summary>Attribute sets: valid, and each kind of problem the generator refuses.</summary>
    private static readonly (string Name, string Attributes)[] s_attributes =
    [
        ("valid", Valid),
        ("no coverage window", Contract + "\n"),
        ("undefined service", Valid.Replace("ServiceLine.TaxPreparation", "(ServiceLine)999", StringComparison.Ordinal)),
        ("unknown client", Valid.Replace("US-NY", "US-XX", StringComparison.Ordinal)),
        ("no delivery", Valid.Replace(", DeliveredFrom = \"IN\"", "", StringComparison.Ordinal)),
        ("malformed hours", Valid.Replace("Mon-Fri", "Mon-Fry", StringComparison.Ordinal)),
        ("undefined clock", Valid + "[ResponseTime(\"PT4H\", Clock = (SlaClockBasis)7)]\n"),
        ("undefined level", Valid + "[RequiresLanguage(\"en\", (CefrLevel)0)]\n"),
    ];

    private static readonly Case[] s_written =
    [
        // Valid.
        new("keyword name", Usings + "namespace @event;\n" + Valid + "public partial class @class;"),
        new("named like a generated member", Usings + Valid + "public partial class Coverage;"),
        new("target member without that target", Usings + Valid + "public partial class C { public int ResponseTime; }"),
        new("target member with that target", Usings + Valid + "[ResponseTime(\"PT4H\")]\npublic partial class C { public int ResponseTime; }"),
        new("field behind a generated member", Usings + Valid + "public partial class C { private static int s_coverage; }"),
        new("global namespace, sealed, public constructor", Usings + Valid + "public sealed partial class C { public C() { } }"),
        new("internal constructor beside one with parameters", Usings + Valid + "internal partial class C { internal C() { } public C(int x) { } }"),
        new("protected internal constructor", Usings + Valid + "public partial class C { protected internal C() { } }"),
        new("constructor in another part", Usings + Valid + "public partial class C { private C(int x) { } }\npublic partial class C { public C() { } }"),
        new("record with parameters and a parameterless constructor", Usings + Valid + "public partial record C(int X) { public C() : this(0) { } }"),
        new("only a static constructor", Usings + Valid + "public partial class C { static C() { } }"),
        new("parameterless primary constructor", Usings + Valid + "public partial class C() { }"),
        new("primary constructor with a parameter", Usings + Valid + "public partial class C(int x) { public int X => x; }"),
        new("private constructor in another part", Usings + Valid + "public partial class C { }\npublic partial class C { private C() { } }"),
        new("record without parameters and a protected constructor", Usings + Valid + "public partial record C { protected C() { } }"),
        new("struct with a constructor that takes parameters", Usings + Valid + "public partial struct C { public C(int x) { } }"),
        new("coverage window on another part", Usings + Contract + "\npublic partial class C;\n" + Coverage + "\npublic partial class C;"),
        new("every optional attribute", Usings + Valid + """
            [ResponseTime("PT1H30M", Clock = SlaClockBasis.BusinessHours, Warnings = new[] { 50, 75 })]
            [ResolutionTime("P3D", Clock = SlaClockBasis.CalendarTime, Warnings = null)]
            [RequiresCredential(CredentialKind.UsEnrolledAgent, GrantedIn = "US")]
            [RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = null)]
            [RequiresLanguage("en", CefrLevel.C1)]
            [RequiresLanguage("en", CefrLevel.B2)]
            public partial class C;
            """),
        new("codes in lower case and alpha-3", Usings + Valid.Replace("\"US-NY\"", "\"us-ny\"", StringComparison.Ordinal).Replace("\"IN\"", "\"ind, PH\"", StringComparison.Ordinal) + "public partial class C;"),
        new("zone alias", Usings + Valid.Replace("America/New_York", "US/Eastern", StringComparison.Ordinal) + "public partial class C;"),
        new("round the clock", Usings + Valid.Replace("Mon-Fri 09:00-17:00", "24x7", StringComparison.Ordinal) + "public partial class C;"),
        new("many business days", Usings + Valid + "[ResolutionTime(\"P99999999D\")]\npublic partial class C;"),
        new("empty warnings", Usings + Valid + "[ResponseTime(\"PT4H\", Warnings = new int[0])]\npublic partial class C;"),
        new("sanctioned delivery (a rule error, not a declaration error)", Usings + Valid.Replace("\"IN\"", "\"IR\"", StringComparison.Ordinal) + "public partial class C;"),

        // Invalid values the input analyzers report.
        new("alpha-3 subdivision", Usings + Valid.Replace("US-NY", "USA-NY", StringComparison.Ordinal) + "public partial class C;"),
        new("missing client", Usings + Valid.Replace("Client = \"US-NY\", ", "", StringComparison.Ordinal) + "public partial class C;"),
        new("null client", Usings + Valid.Replace("\"US-NY\"", "null", StringComparison.Ordinal) + "public partial class C;"),
        new("empty client", Usings + Valid.Replace("\"US-NY\"", "\"\"", StringComparison.Ordinal) + "public partial class C;"),
        new("unknown delivery", Usings + Valid.Replace("\"IN\"", "\"IN XK\"", StringComparison.Ordinal) + "public partial class C;"),
        new("repeated delivery", Usings + Valid.Replace("\"IN\"", "\"IN IND\"", StringComparison.Ordinal) + "public partial class C;"),
        new("empty delivery list", Usings + Valid.Replace("\"IN\"", "\" , \"", StringComparison.Ordinal) + "public partial class C;"),
        new("null delivery", Usings + Valid.Replace("\"IN\"", "null", StringComparison.Ordinal) + "public partial class C;"),
        new("unknown zone", Usings + Valid.Replace("America/New_York", "America/NewYork", StringComparison.Ordinal) + "public partial class C;"),
        new("zone in the wrong case", Usings + Valid.Replace("America/New_York", "america/new_york", StringComparison.Ordinal) + "public partial class C;"),
        new("null zone", Usings + Valid.Replace("\"America/New_York\"", "null", StringComparison.Ordinal) + "public partial class C;"),
        new("null hours", Usings + Valid.Replace("\"Mon-Fri 09:00-17:00\"", "null", StringComparison.Ordinal) + "public partial class C;"),
        new("malformed duration", Usings + Valid + "[ResponseTime(\"4H\")]\npublic partial class C;"),
        new("null duration", Usings + Valid + "[ResponseTime(null)]\npublic partial class C;"),
        new("lower-case duration", Usings + Valid + "[ResponseTime(\"pt4h\")]\npublic partial class C;"),
        new("weeks", Usings + Valid + "[ResolutionTime(\"P1W\")]\npublic partial class C;"),
        new("days and hours", Usings + Valid + "[ResolutionTime(\"P1DT4H\")]\npublic partial class C;"),
        new("zero", Usings + Valid + "[ResponseTime(\"PT0S\")]\npublic partial class C;"),
        new("too long for a duration", Usings + Valid + "[ResponseTime(\"PT999999999H\")]\npublic partial class C;"),
        new("calendar days past the range of a duration", Usings + Valid + "[ResolutionTime(\"P99999999D\", Clock = SlaClockBasis.CalendarTime)]\npublic partial class C;"),
        new("warning of 100 %", Usings + Valid + "[ResponseTime(\"PT4H\", Warnings = new[] { 50, 100 })]\npublic partial class C;"),
        new("warning given twice", Usings + Valid + "[ResponseTime(\"PT4H\", Warnings = new[] { 50, 50 })]\npublic partial class C;"),
        new("unknown language", Usings + Valid + "[RequiresLanguage(\"xx\", CefrLevel.C1)]\npublic partial class C;"),
        new("null language", Usings + Valid + "[RequiresLanguage(null, CefrLevel.C1)]\npublic partial class C;"),
        new("undefined credential", Usings + Valid + "[RequiresCredential((CredentialKind)999)]\npublic partial class C;"),
        new("unknown granting jurisdiction", Usings + Valid + "[RequiresCredential(CredentialKind.BarAdmission, GrantedIn = \"UK\")]\npublic partial class C;"),
        new("undefined resolution clock", Usings + Valid + "[ResolutionTime(\"P3D\", Clock = (SlaClockBasis)(-1))]\npublic partial class C;"),
        new("level above C2", Usings + Valid + "[RequiresLanguage(\"en\", (CefrLevel)7)]\npublic partial class C;"),

        // C# errors: the compiler is the explanation.
        new("non-constant argument", Usings + Valid + "[ResponseTime(C.Amount)]\npublic partial class C { public static string Amount = \"PT4H\"; }", CompilerExplains: true),
        new("two contract attributes", Usings + Valid + "[ServiceLevelContract(ServiceLine.Payroll, Client = \"US\", DeliveredFrom = \"IN\")]\npublic partial class C;", CompilerExplains: true),
        new("two coverage windows", Usings + Valid + "[CoverageWindow(\"America/New_York\", \"24x7\")]\npublic partial class C;", CompilerExplains: true),
        new("contract attribute on two parts", Usings + Valid + "public partial class C;\n" + Valid + "public partial class C;", CompilerExplains: true),
        new("two response times on two parts", Usings + Valid + "[ResponseTime(\"PT4H\")]\npublic partial class C;\n[ResponseTime(\"PT2H\")]\npublic partial class C;", CompilerExplains: true),
        new("on an interface", Usings + Valid + "public partial interface C;", CompilerExplains: true),
        new("on an enum", Usings + Valid + "public enum C { A }", CompilerExplains: true),
        new("service argument of the wrong type", Usings + Valid.Replace("ServiceLine.TaxPreparation", "\"TaxPreparation\"", StringComparison.Ordinal) + "public partial class C;", CompilerExplains: true),
        new("attribute without its arguments", Usings + "[ServiceLevelContract]\n" + Coverage + "\npublic partial class C;", CompilerExplains: true),
        new("two types named C", Usings + Valid + "public partial class C;\n" + Valid.Replace("\"IN\"", "\"PH\"", StringComparison.Ordinal) + "public partial struct C;", CompilerExplains: true),
    ];

    public static IEnumerable<Case> All()
    {
        foreach (var written in s_written)
        {
            yield return written;
        }

        foreach (var (shapeName, declare) in s_shapes)
        {
            foreach (var (attributesName, attributes) in s_attributes)
            {
                yield return new Case(shapeName + ", " + attributesName, Usings + declare(attributes));
            }
        }
    }
}
