using System.Globalization;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Rules;
using NodaTime.Text;

namespace KpoSdk.Analyzers.Tests.Agreement;

/// <summary>
/// The run-time rule engine (<see cref="RuleSet.Default"/>) and the analyzers give the same rule
/// IDs and keys on one shared table of (service, client, delivery, date) cases, declared as
/// contracts (with the rules date option set to the case's date): plain, with safeguards, and
/// with a kpo.rules.json overlay. A constant <c>RuleSet.Evaluate</c> call is a question and is
/// not diagnosed for the rules it asks about.
/// </summary>
public sealed class RuntimeAgreementTests
{
    // Service, client, delivery, date. Chosen to cross every default rule, its dates and exemptions, and clean cases.
    private static readonly (ServiceLine Service, string Client, string Delivery, string Date)[] s_cases =
    [
        (ServiceLine.Payroll, "US-NY", "IR", "2026-01-15"), (ServiceLine.Payroll, "IR", "US", "2026-01-15"),
        (ServiceLine.Payroll, "US", "IR", "1995-05-06"), (ServiceLine.Payroll, "US", "IR", "1995-05-07"),
        (ServiceLine.Bookkeeping, "CU", "US", "2020-01-01"), (ServiceLine.Bookkeeping, "US", "CU", "1963-07-07"),
        (ServiceLine.LegalResearch, "KP", "US", "2016-03-16"), (ServiceLine.LegalResearch, "KP", "US", "2016-03-15"),
        (ServiceLine.LegalResearch, "US", "KP", "2011-04-18"), (ServiceLine.Bookkeeping, "SY", "US", "2025-06-30"),
        (ServiceLine.Bookkeeping, "SY", "US", "2025-07-01"), (ServiceLine.Bookkeeping, "SY", "PR", "2024-01-01"),
        (ServiceLine.Billing, "UA-43", "US", "2015-01-01"), (ServiceLine.Billing, "UA", "US", "2015-01-01"),
        (ServiceLine.Billing, "US", "UA-40", "2014-12-19"), (ServiceLine.Billing, "US", "UA-40", "2014-12-18"),
        (ServiceLine.Billing, "UA-14", "US", "2022-02-21"), (ServiceLine.Billing, "UA-14", "US", "2022-02-20"),
        (ServiceLine.TaxPreparation, "RU", "US", "2022-06-07"), (ServiceLine.TaxPreparation, "RU", "US", "2022-06-06"),
        (ServiceLine.TaxPreparation, "RU", "DE", "2022-06-04"), (ServiceLine.TaxPreparation, "RU", "FR", "2022-06-03"),
        (ServiceLine.LegalAdvice, "RU", "DE", "2022-10-07"), (ServiceLine.LegalAdvice, "RU", "DE", "2022-10-06"),
        (ServiceLine.BusinessResearch, "RU", "IT", "2022-12-17"), (ServiceLine.Bookkeeping, "RU", "GB", "2022-07-21"),
        (ServiceLine.AuditPreparation, "RU", "GB", "2022-12-16"), (ServiceLine.AuditPreparation, "RU", "GB", "2022-12-15"),
        (ServiceLine.StatutoryAuditOpinion, "US-NY", "IN", "2026-01-15"), (ServiceLine.StatutoryAuditOpinion, "US-NY", "US-NY", "2026-01-15"),
        (ServiceLine.StatutoryAuditOpinion, "US-NY", "US-CA", "2026-01-15"), (ServiceLine.StatutoryAuditOpinion, "US-NY", "US", "2026-01-15"),
        (ServiceLine.CertifiedCourtTranscript, "US-CA", "PH", "2026-01-15"), (ServiceLine.CourtTranscription, "US-CA", "PH", "2026-01-15"),
        (ServiceLine.LegalAdvice, "GB", "IN", "2026-01-15"), (ServiceLine.LegalResearch, "GB", "IN", "2026-01-15"),
        (ServiceLine.TaxRepresentation, "US", "IN", "2026-01-15"), (ServiceLine.TaxRepresentation, "DE", "DE", "2026-01-15"),
        (ServiceLine.Payroll, "DE", "IN", "2026-01-15"), (ServiceLine.Payroll, "DE", "PL", "2026-01-15"),
        (ServiceLine.Payroll, "DE", "JP", "2026-01-15"), (ServiceLine.Payroll, "DE", "JP", "2018-12-31"),
        (ServiceLine.Payroll, "DE", "IN", "2018-05-24"), (ServiceLine.Payroll, "FR", "GB", "2025-06-01"),
        (ServiceLine.Payroll, "FR", "GB", "2026-01-15"), (ServiceLine.Payroll, "FR", "US", "2026-01-15"),
        (ServiceLine.Payroll, "GB", "IN", "2026-01-15"), (ServiceLine.Payroll, "GB", "DE", "2026-01-15"),
        (ServiceLine.Payroll, "GB", "IN", "2020-12-31"), (ServiceLine.Bookkeeping, "CN", "IN", "2023-01-01"),
        (ServiceLine.Bookkeeping, "CN", "IN", "2026-01-15"), (ServiceLine.Bookkeeping, "CN", "CN", "2026-01-15"),
        (ServiceLine.Bookkeeping, "RU", "IN", "2016-01-01"), (ServiceLine.Bookkeeping, "RU", "IN", "2026-01-15"),
        (ServiceLine.Bookkeeping, "RU", "IN", "2015-08-31"), (ServiceLine.ManagementAccounting, "US", "IN", "2026-01-15"),
        (ServiceLine.RegulatoryFiling, "IN", "PH", "2026-01-15"), (ServiceLine.LegalMemoDrafting, "US-NY", "IN", "2026-01-15"),
        (ServiceLine.CorporateSecretarial, "RU", "US", "2023-01-01"), (ServiceLine.BusinessResearch, "BR", "AR", "2026-01-15"),

        // Issue 13: the new rules and corrections, with a case on each side of a date where it matters.
        (ServiceLine.LegalResearch, "US", "KP", "2011-04-19"), (ServiceLine.LegalResearch, "RU", "FR", "2026-01-15"),
        (ServiceLine.TaxPreparation, "US-NY", "IN", "2026-01-15"), (ServiceLine.TaxPreparation, "US-NY", "IN", "2008-12-31"),
        (ServiceLine.MedicalTranscription, "US-TX", "US-TX", "2026-01-15"), (ServiceLine.MedicalTranscription, "US", "PH", "2003-04-13"),
        (ServiceLine.Billing, "US", "PH", "2026-01-15"), (ServiceLine.DocumentReview, "US-NY", "IN", "2026-01-15"),
        (ServiceLine.Payroll, "US-CA", "IN", "2026-01-15"), (ServiceLine.Payroll, "US", "CN", "2026-01-15"),
        (ServiceLine.Payroll, "US", "HK", "2025-04-07"), (ServiceLine.Bookkeeping, "BY", "LT", "2026-01-15"),
        (ServiceLine.LegalResearch, "BY", "PL", "2024-06-30"), (ServiceLine.BusinessResearch, "BY", "DE", "2026-01-15"),
        (ServiceLine.Bookkeeping, "RU", "CH", "2026-01-15"), (ServiceLine.LegalAdvice, "RU", "CH", "2022-11-22"),
        (ServiceLine.BusinessResearch, "RU", "CH", "2023-01-25"), (ServiceLine.Payroll, "CH", "IN", "2026-01-15"),
        (ServiceLine.Payroll, "CH", "US", "2026-01-15"), (ServiceLine.Payroll, "CA-QC", "CA-ON", "2026-01-15"),
        (ServiceLine.Billing, "JP", "IN", "2026-01-15"), (ServiceLine.Billing, "JP", "FR", "2026-01-15"),
        (ServiceLine.Payroll, "KR", "VN", "2026-01-15"), (ServiceLine.Payroll, "BR", "IN", "2026-01-15"),
        (ServiceLine.Payroll, "BR", "PT", "2026-01-15"), (ServiceLine.Payroll, "BR", "PT", "2026-03-02"),
        (ServiceLine.Payroll, "SA", "EG", "2026-01-15"), (ServiceLine.Payroll, "VN", "SG", "2026-01-15"),
        (ServiceLine.Payroll, "AU", "PH", "2026-01-15"), (ServiceLine.Bookkeeping, "DE", "IN", "2026-01-15"),
        (ServiceLine.Bookkeeping, "IN", "PH", "2026-01-15"), (ServiceLine.Bookkeeping, "FR", "MA", "2026-01-15"),
        (ServiceLine.Payroll, "GB", "IN", "2026-02-05"), (ServiceLine.Payroll, "CN", "PH", "2026-01-15"),
        (ServiceLine.LegalResearch, "DE", "IN", "2026-01-15"), (ServiceLine.ManagementAccounting, "DE", "IN", "2026-01-15"),
        (ServiceLine.Payroll, "US-TX", "IN", "2026-01-15"), (ServiceLine.BusinessResearch, "US", "IN", "2026-01-15"),
        (ServiceLine.InvestmentResearch, "GB", "IN", "2026-01-15"), (ServiceLine.CourtTranscription, "IN", "PH", "2026-01-15"),
    ];

    [Fact]
    public void The_table_has_at_least_50_cases_that_break_rules_and_cases_that_do_not()
    {
        Assert.True(s_cases.Length >= 50);
        var broken = s_cases.Count(c => Runtime(c).Count > 0);
        Assert.InRange(broken, 20, s_cases.Length - 10);
    }

    [Fact]
    public async Task Contracts_give_the_runtime_rule_keys()
    {
        var runner = new AnalyzerRunner();
        foreach (var group in s_cases.Select((c, i) => (Case: c, Index: i)).GroupBy(x => x.Case.Date))
        {
            string source = Sources.Usings + string.Concat(group.Select(x =>
                $"[ServiceLevelContract(ServiceLine.{x.Case.Service}, Client = \"{x.Case.Client}\", DeliveredFrom = \"{x.Case.Delivery}\")]\npublic partial class Case{x.Index};\n"));
            var diagnostics = await runner.RunAsync([source], group.Key);
            foreach (var (c, index) in group)
            {
                var found = RuleKeys(diagnostics.Where(d => Owner(source, d.Location.SourceSpan.Start) == index));
                Assert.True(Runtime(c).SequenceEqual(found), $"{c}: runtime {string.Join(",", Runtime(c))}, analyzers {string.Join(",", found)}");
            }
        }

        Assert.Empty(runner.Exceptions);
    }

    [Fact]
    public async Task Evaluate_calls_are_questions_and_are_not_diagnosed_for_the_rules_they_ask_about()
    {
        var runner = new AnalyzerRunner();
        var lines = s_cases.Select(c =>
        {
            var date = LocalDatePattern.Iso.Parse(c.Date).Value;
            return $"        RuleSet.Default.Evaluate(ServiceLine.{c.Service}, Jurisdiction.Parse(\"{c.Client}\"), Jurisdiction.Parse(\"{c.Delivery}\"), new LocalDate({date.Year}, {date.Month}, {date.Day}));\n";
        }).ToArray();
        string source = Sources.Usings + "static class Calls\n{\n    static void M()\n    {\n" + string.Concat(lines) + "    }\n}\n";

        var diagnostics = await runner.RunAsync([source], "2000-01-01");

        Assert.True(s_cases.Count(c => Runtime(c).Count > 0) >= 20);
        Assert.Empty(RuleKeys(diagnostics));
        Assert.Empty(runner.Exceptions);
    }

    [Fact]
    public async Task Contracts_with_safeguards_give_the_runtime_rule_keys_with_those_safeguards()
    {
        // Every case with no safeguard, with each single safeguard, and with all of them: the
        // analyzers honour [Safeguards] exactly as RuleSet.Evaluate honours its safeguards.
        Safeguard[][] sets = [.. Enum.GetValues<Safeguard>().Select(s => new[] { s }), Enum.GetValues<Safeguard>(), [Safeguard.PiplStandardContract, Safeguard.SeparateConsent], [Safeguard.PrivacyImpactAssessment, Safeguard.ProcessorContract]];
        var runner = new AnalyzerRunner();
        int lifted = 0;
        foreach (var group in s_cases.Select((c, i) => (Case: c, Index: i)).GroupBy(x => x.Case.Date))
        {
            foreach (var set in sets)
            {
                string attribute = $"[Safeguards({string.Join(", ", set.Select(s => "Safeguard." + s))})]\n";
                string source = Sources.Usings + string.Concat(group.Select(x =>
                    $"[ServiceLevelContract(ServiceLine.{x.Case.Service}, Client = \"{x.Case.Client}\", DeliveredFrom = \"{x.Case.Delivery}\")]\n{attribute}public partial class Case{x.Index};\n"));
                var diagnostics = await runner.RunAsync([source], group.Key);
                foreach (var (c, index) in group)
                {
                    var expected = Runtime(c, set);
                    var found = RuleKeys(diagnostics.Where(d => Owner(source, d.Location.SourceSpan.Start) == index));
                    Assert.True(expected.SequenceEqual(found), $"{c} with {string.Join("+", set)}: runtime {string.Join(",", expected)}, analyzers {string.Join(",", found)}");
                    lifted += Runtime(c).Count - expected.Count;
                }
            }
        }

        Assert.True(lifted > 0, "No safeguard lifted any rule of the table: the test would not notice safeguards being ignored.");
        Assert.Empty(runner.Exceptions);
    }

    [Fact]
    public async Task Contracts_with_an_overlay_give_the_runtime_rule_keys_with_that_overlay()
    {
        const string Overlay = """
            {
              "removeRuleIds": ["KPO1002"],
              "remove": ["us-ofac-cuba", "eu-gdpr-chapter-v"]
            }
            """;
        var rules = RuleSet.Default.WithOverlay(Overlay);
        var runner = new AnalyzerRunner();
        int changed = 0;
        foreach (var group in s_cases.Select((c, i) => (Case: c, Index: i)).GroupBy(x => x.Case.Date))
        {
            string source = Sources.Usings + string.Concat(group.Select(x =>
                $"[ServiceLevelContract(ServiceLine.{x.Case.Service}, Client = \"{x.Case.Client}\", DeliveredFrom = \"{x.Case.Delivery}\")]\npublic partial class Case{x.Index};\n"));
            var diagnostics = await runner.RunAsync([source], group.Key, Overlay);
            foreach (var (c, index) in group)
            {
                var expected = Runtime(c, [], rules);
                var found = RuleKeys(diagnostics.Where(d => Owner(source, d.Location.SourceSpan.Start) == index));
                Assert.True(expected.SequenceEqual(found), $"{c} with the overlay: runtime {string.Join(",", expected)}, analyzers {string.Join(",", found)}");
                changed += Runtime(c).Count - expected.Count;
            }
        }

        Assert.True(changed > 0, "The overlay changed no case of the table.");
        Assert.Empty(runner.Exceptions);
    }

    private static List<string> Runtime((ServiceLine Service, string Client, string Delivery, string Date) c, Safeguard[]? safeguards = null, RuleSet? rules = null) =>
        [.. (rules ?? RuleSet.Default).Evaluate(c.Service, Jurisdiction.Parse(c.Client), Jurisdiction.Parse(c.Delivery), LocalDatePattern.Iso.Parse(c.Date).Value, safeguards ?? [])
            .Select(v => v.RuleId + "/" + v.Key).Order(StringComparer.Ordinal)];

    private static List<string> RuleKeys(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
        [.. diagnostics.Where(d => d.Id.StartsWith("KPO1", StringComparison.Ordinal) && d.Id != "KPO1004")
            .Select(d => d.Id + "/" + d.Properties["kpo.ruleKey"]).Order(StringComparer.Ordinal)];

    /// <summary>The index of the case whose attribute line holds <paramref name="position"/>.</summary>
    private static int Owner(string source, int position)
    {
        int classAt = source.IndexOf("public partial class Case", position, StringComparison.Ordinal);
        int end = source.IndexOf(';', classAt);
        return int.Parse(source.AsSpan(classAt + "public partial class Case".Length, end - classAt - "public partial class Case".Length), CultureInfo.InvariantCulture);
    }
}
