using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Tests.Robustness;

/// <summary>
/// Broken sources made from valid declarations that exercise every analyzer: each declaration cut
/// after every one of its tokens, and copies with random tokens deleted (fixed seed), as an editor
/// sees code while it is typed.
/// </summary>
internal static class BrokenSourceCorpus
{
    public const string Prefix = """
        using KpoSdk;
        using KpoSdk.Contracts;
        using KpoSdk.Rules;
        using KpoSdk.Time;
        using NodaTime;

        """;

    public static readonly string[] Declarations =
    [
        """
        [ServiceLevelContract(ServiceLine.TaxRepresentation, Client = "US-NY", DeliveredFrom = "IN, PH IR")]
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00")]
        [ResponseTime("PT4H", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
        [ResolutionTime("P3D")]
        [RequiresCredential(CredentialKind.UsEnrolledAgent, GrantedIn = "US")]
        [RequiresLanguage("en", CefrLevel.C1)]
        public partial class NewYorkTax;
        """,
        """
        [assembly: ServiceOffering(ServiceLine.Payroll, Clients = "DE FR US", DeliveredFrom = "PL IN IR")]
        [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "PL IN")]
        [CoverageWindow("Asia/Kolkata", "Sun-Thu 22:00-06:00")]
        [RequiresLanguage("fr", CefrLevel.B2)]
        public partial record struct GermanPayroll<T>;
        """,
        """
        public partial class Outer
        {
            [ServiceLevelContract(ServiceLine.StatutoryAuditOpinion, Client = "USA-NY", DeliveredFrom = "UK")]
            [CoverageWindow("America/NewYork", "Mo-Fri 9-17")]
            [ResponseTime("P4H")] [ResolutionTime("P2W")]
            [RequiresCredential(CredentialKind.IcaiCharteredAccountant, GrantedIn = "US")]
            public class Inner { }
        }
        """,
        """
        static class Calls
        {
            static void M(string input, LocalDate date)
            {
                var c = Country.Parse("UK");
                var j = Jurisdiction.Parse("USA-NY");
                var l = Language.Parse("jp");
                var h = WeeklyHours.Parse("Mon-Fri 09:00-25:00");
                var k = BusinessCalendar.Create("America/NewYork", "Mon-Fri 09:00-17:00");
                var f = BusinessCalendar.ForCountry(Country.IN, "Europe/London");
                var v = RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.US, Country.IR, new LocalDate(2025, 1, 1));
                var w = RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.DE, Jurisdiction.Parse("IN"), date, Safeguard.StandardContractualClauses);
                var x = Country.Parse(input);
            }
        }
        """,
        """
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN")]
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "GB", DeliveredFrom = @"IN PH")]
        [CoverageWindow("Europe/London", "24x7")]
        [ResolutionTime("P1DT4H", Clock = (KpoSdk.Sla.SlaClockBasis)7, Warnings = new[] { 50, 50, 120 })]
        [RequiresLanguage(null, (CefrLevel)9)]
        public sealed partial class Britain { public Britain(int x) { } }
        """,
        """
        [ServiceLevelContract((ServiceLine)999, Client = "US", DeliveredFrom = "IN")]
        [ResponseTime("PT4H", Clock = (KpoSdk.Sla.SlaClockBasis)7)]
        [ResolutionTime("P99999999D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
        [RequiresCredential((CredentialKind)999)]
        [RequiresLanguage("en", (CefrLevel)0)]
        public abstract partial class Lonely { private Lonely() { } }
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "IN")]
        file static partial class Static;
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "IN")]
        public ref partial struct Ref;
        """,
    ];

    public const string Overlay = """
        {
          "remove": ["signing-tax-representation"],
          "removeRuleIds": ["KPO1002"],
          "replace": [{ "key": "us-ofac-iran", "ruleId": "KPO1001", "kind": "Embargo", "severity": "warning", "title": "t", "message": "{service} {client} {delivery}",
            "citation": "c", "effectiveFrom": "1995-05-07", "effectiveTo": null, "scope": { "services": ["all"], "routes": [{ "client": ["@US"], "delivery": ["IR"] }] },
            "exemptions": { "deliveryIn": [{ "code": "IR-01", "from": "2020-01-01", "except": [] }], "safeguards": [{ "allOf": ["StandardContractualClauses"], "delivery": ["*"] }] } }],
          "add": [{ "key": "acme", "ruleId": "KPO1003", "kind": "DataLocalisation", "severity": "error", "title": "t", "message": "m \u00e9",
            "citation": "c", "scope": { "services": ["personal-data"], "routes": [{ "client": ["*"], "delivery": ["BR"] }], "deliveryOutsideClient": { "subdivisionLevelIn": ["US"] } } }]
        }
        """;

    /// <summary>Each declaration cut after each of its tokens.</summary>
    public static IEnumerable<string> Truncations()
    {
        foreach (string declaration in Declarations)
        {
            foreach (var token in SyntaxFactory.ParseTokens(declaration))
            {
                yield return Prefix + declaration.Substring(0, token.Span.End);
            }
        }
    }

    /// <summary><paramref name="count"/> copies of the declarations with one to three random tokens deleted.</summary>
    public static IEnumerable<string> Deletions(int count, int seed)
    {
        var random = new Random(seed);
        var tokenized = Declarations.Select(d => (Text: d, Tokens: SyntaxFactory.ParseTokens(d).Where(t => t.Span.Length > 0).ToArray())).ToArray();
        for (int i = 0; i < count; i++)
        {
            var (text, tokens) = tokenized[i % tokenized.Length];
            var removed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tokens[random.Next(tokens.Length)].Span).Distinct().OrderByDescending(s => s.Start);
            string broken = text;
            foreach (var span in removed)
            {
                broken = broken.Remove(span.Start, span.Length);
            }

            yield return Prefix + broken;
        }
    }

    /// <summary>The overlay cut after every character.</summary>
    public static IEnumerable<string> OverlayTruncations() => Enumerable.Range(0, Overlay.Length + 1).Select(n => Overlay.Substring(0, n));
}
