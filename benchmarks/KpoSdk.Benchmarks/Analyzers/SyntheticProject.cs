using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Benchmarks.Analyzers;

/// <summary>
/// The synthetic project of the analyzer budget: 2,000 files, 400 of them with one contract each
/// (every contract attribute), the others ordinary code holding 2,000 SDK calls with constant
/// arguments (Country/Jurisdiction/Language/WeeklyHours.Parse, BusinessCalendar factories,
/// RuleSet.Evaluate), plus a catalog. About one contract and one call in ten is wrong, so the
/// analyzers report as well as pass.
/// </summary>
public static class SyntheticProject
{
    public const int Files = 2000;
    public const int Contracts = 400;
    public const int Calls = 2000;

    private static readonly string[] s_clients = ["US-NY", "US-CA", "GB", "DE", "FR", "CA", "AU", "JP", "IN", "SG"];
    private static readonly string[] s_zones = ["America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/Toronto", "Australia/Sydney", "Asia/Tokyo", "Asia/Kolkata", "Asia/Singapore"];
    private static readonly string[] s_languages = ["en", "en", "en", "de", "fr", "en", "en", "ja", "hi", "en"];
    private static readonly string[] s_services = ["Bookkeeping", "TaxPreparation", "Payroll", "Billing", "AuditPreparation", "LegalResearch", "ParalegalSupport", "BusinessResearch"];

    /// <summary>The project of the budget: <see cref="Files"/> files, <see cref="Contracts"/> contracts, <see cref="Calls"/> SDK calls.</summary>
    public static CSharpCompilation Create() => Create(Files, Contracts, Calls);

    /// <summary>
    /// A project of the same mix at another size. Only the smoke test (tests/KpoSdk.Benchmarks.Tests)
    /// asks for a small one: it checks that the harness runs, not what it measures.
    /// </summary>
    internal static CSharpCompilation Create(int files, int contracts, int calls)
    {
        if (contracts < 1 || files < contracts + 2 || calls < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(files), $"{files} files, {contracts} contracts, {calls} calls: the project needs at least one contract, a catalog file and one file of code beside them.");
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false, nullableContextOptions: NullableContextOptions.Enable);
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var trees = Sources(files, contracts, calls).Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"/synthetic/File{i:D4}.cs")).ToArray();
        if (trees.Length != files)
        {
            throw new InvalidOperationException($"{trees.Length} files instead of {files}.");
        }

        return CSharpCompilation.Create("Synthetic", trees, References, options);
    }

    public static ImmutableArray<MetadataReference> References { get; } =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Country).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ServiceLine).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location),
    ];

    /// <summary>Every KpoSdk analyzer, as the package ships them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
    [
        .. typeof(KpoSdk.Analyzers.Analyzers.AttributeInputAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    public static AnalyzerOptions Options() => new([], new FixedDateOptions());

    private static IEnumerable<string> Sources(int files, int contracts, int calls)
    {
        const string usings = "using KpoSdk;\nusing KpoSdk.Contracts;\nusing KpoSdk.Rules;\nusing KpoSdk.Time;\nusing NodaTime;\n\n";
        yield return usings + string.Concat(s_services.Select(s => $"[assembly: ServiceOffering(ServiceLine.{s}, Clients = \"US GB DE FR CA AU JP IN SG\", DeliveredFrom = \"IN PH PL\")]\n"));
        for (int i = 0; i < contracts; i++)
        {
            int c = i % s_clients.Length;
            bool wrong = i % 10 == 7;
            yield return usings + $$"""
                namespace Synthetic.Contracts{{i / 50}};

                [ServiceLevelContract(ServiceLine.{{s_services[i % s_services.Length]}}, Client = "{{s_clients[c]}}", DeliveredFrom = "{{(wrong ? "IN UK" : i % 3 == 0 ? "IN PH" : "PL")}}")]
                [CoverageWindow("{{s_zones[c]}}", "Mon-Fri 09:00-12:00, 13:00-17:00{{(i % 4 == 0 ? "; Sat 10:00-14:00" : "")}}")]
                [ResponseTime("{{(wrong ? "P4H" : "PT4H")}}")]
                [ResolutionTime("P3D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
                [RequiresLanguage("{{s_languages[c]}}", CefrLevel.C1)]
                public partial class Contract{{i}}
                {
                    public int Priority => {{i % 5}};
                }
                """;
        }

        int call = 0;
        for (int file = contracts + 1; file < files; file++)
        {
            var text = new StringBuilder(usings).Append("namespace Synthetic.Code").Append(file / 100).Append(";\n\npublic static class Module").Append(file).Append("\n{\n");
            AppendOrdinaryCode(text, file);
            int callsHere = (calls - call) / (files - file);
            for (int k = 0; k < callsHere; k++, call++)
            {
                text.Append("    public static object Call").Append(k).Append("(string input) => ").Append(CallExpression(call)).Append(";\n");
            }

            yield return text.Append("}\n").ToString();
        }

        if (call != calls)
        {
            throw new InvalidOperationException($"{call} calls instead of {calls}.");
        }
    }

    private static string CallExpression(int i)
    {
        bool wrong = i % 10 == 3;
        string client = s_clients[i % s_clients.Length];
        return (i % 7) switch
        {
            0 => $"Country.Parse(\"{(wrong ? "UK" : "GB")}\")",
            1 => $"Jurisdiction.Parse(\"{(wrong ? "USA-NY" : client)}\")",
            2 => $"Language.Parse(\"{(wrong ? "jp" : "ja")}\")",
            3 => $"WeeklyHours.Parse(\"Mon-Fri 09:00-{(wrong ? "25" : "17")}:00\")",
            4 => $"BusinessCalendar.Create(\"{(wrong ? "America/NewYork" : s_zones[i % s_zones.Length])}\", \"Mon-Fri 09:00-17:00\")",
            5 => $"RuleSet.Default.Evaluate(ServiceLine.Payroll, Jurisdiction.Parse(\"{client}\"), {(wrong ? "Country.IR" : "Country.PL")}, new LocalDate(2025, {1 + (i % 12)}, 1))",
            _ => "Country.Parse(input)",
        };
    }

    /// <summary>Code with nothing for the analyzers, so the compiler has work of its own, as in a real project.</summary>
    private static void AppendOrdinaryCode(StringBuilder text, int file)
    {
        string n = file.ToString(CultureInfo.InvariantCulture);
        text.Append($$"""
                public sealed record Item{{n}}(string Name, int Quantity, decimal Price)
                {
                    public decimal Total => Quantity * Price;
                }

                public static decimal Sum{{n}}(System.Collections.Generic.IEnumerable<Item{{n}}> items) =>
                    System.Linq.Enumerable.Sum(System.Linq.Enumerable.Where(items, i => i.Quantity > 0), i => i.Total);

                public static string Describe{{n}}(Item{{n}} item) => item.Quantity switch
                {
                    0 => $"{item.Name}: none",
                    1 => $"{item.Name}: one at {item.Price}",
                    var q => $"{item.Name}: {q} for {item.Total}",
                };

            """);
    }

    private sealed class FixedDateOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_options = new DateOptions();

        public override AnalyzerConfigOptions GlobalOptions => s_options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_options;

        private sealed class DateOptions : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "2026-01-15";
                return key == "kpo_rules_date";
            }
        }
    }
}
