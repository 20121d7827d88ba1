using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Tests.Rules;

/// <summary>Safeguards lift exactly the rules whose data names them, never a sanction, and messages say which would.</summary>
public sealed class SafeguardTests
{
    private static readonly LocalDate s_date = new(2026, 3, 2);

    [Fact]
    public void UK_payroll_from_India_needs_the_IDTA_and_the_violation_says_so()
    {
        // The processor contract UK GDPR Art. 28 asks of any provider (KPO1005) is in place, so the transfer rule is the only one.
        const Safeguard Contract = Safeguard.ProcessorContract;
        var violation = Assert.Single(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.GB, Country.IN, s_date, Contract));

        Assert.Equal("KPO1003", violation.RuleId);
        Assert.Contains(violation.LiftedBy, set => set.SequenceEqual([Safeguard.UkInternationalDataTransferAgreement]));
        Assert.Contains("UkInternationalDataTransferAgreement", violation.Message);
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.GB, Country.IN, s_date, Contract, Safeguard.UkInternationalDataTransferAgreement));
        Assert.NotEmpty(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.GB, Country.IN, s_date, Contract, Safeguard.StandardContractualClauses));
    }

    public static TheoryData<string, string, string> Sanctioned => new()
    {
        { "US", "IR", "2026-01-15" }, { "CU", "US", "2026-01-15" }, { "RU", "US", "2026-01-15" }, { "RU", "DE", "2026-01-15" }, { "UA-43", "US", "2026-01-15" },
    };

    [Theory]
    [MemberData(nameof(Sanctioned))]
    public void No_safeguard_lifts_a_sanction(string client, string delivery, string date)
    {
        var on = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        var without = RuleSet.Default.Evaluate(ServiceLine.TaxPreparation, Jurisdiction.Parse(client), Jurisdiction.Parse(delivery), on).Where(v => v.Rule.Kind is RuleKind.Embargo or RuleKind.ServicesBan).ToList();
        var with = RuleSet.Default.Evaluate(ServiceLine.TaxPreparation, Jurisdiction.Parse(client), Jurisdiction.Parse(delivery), on, Enum.GetValues<Safeguard>()).Where(v => v.Rule.Kind is RuleKind.Embargo or RuleKind.ServicesBan).ToList();

        Assert.NotEmpty(without);
        Assert.Equal(without.Select(v => v.Key), with.Select(v => v.Key));
        Assert.All(with, v => Assert.Empty(v.LiftedBy));
    }

    [Fact]
    public void Each_way_a_violation_names_lifts_it_and_nothing_else_does()
    {
        // Across every rule of the default set, on cases that break it: declaring any one set of
        // LiftedBy lifts the rule, and declaring every other safeguard does not.
        string[] codes = ["US", "US-NY", "GB", "DE", "FR", "CN", "RU", "IN", "PH", "BR", "JP", "CH", "KR"];
        int checkedSets = 0;
        foreach (var service in Enum.GetValues<ServiceLine>())
        {
            foreach (string client in codes)
            {
                foreach (string delivery in codes)
                {
                    foreach (var violation in RuleSet.Default.Evaluate(service, Jurisdiction.Parse(client), Jurisdiction.Parse(delivery), s_date))
                    {
                        var named = violation.LiftedBy.SelectMany(set => set).ToHashSet();
                        var unrelated = Enum.GetValues<Safeguard>().Where(s => !named.Contains(s)).ToArray();
                        Assert.Contains(RuleSet.Default.Evaluate(service, Jurisdiction.Parse(client), Jurisdiction.Parse(delivery), s_date, unrelated), v => v.Key == violation.Key);
                        foreach (var set in violation.LiftedBy)
                        {
                            var with = RuleSet.Default.Evaluate(service, Jurisdiction.Parse(client), Jurisdiction.Parse(delivery), s_date, set);
                            Assert.DoesNotContain(with, v => v.Key == violation.Key);
                            checkedSets++;
                        }
                    }
                }
            }
        }

        Assert.True(checkedSets > 50, $"{checkedSets} ways checked");
    }

    [Fact]
    public void A_rule_that_names_safeguards_cannot_be_a_sanction()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Rule(
            "acme-embargo", "KPO1001", RuleKind.Embargo, RuleSeverity.Error, "Embargo", "{service}: no.", "Acme policy", null, null,
            new RuleScope(["all"], [new RuleRoute(["US"], ["XK"])]), satisfiedBy: [new SafeguardOption([Safeguard.StandardContractualClauses])]));

        Assert.Contains("never lifted by a safeguard", ex.Message);
    }

    [Fact]
    public void A_KPO1005_rule_demands_a_safeguard()
    {
        var rule = new Rule(
            "acme-nda", DiagnosticIds.MissingSafeguard, RuleKind.RequiredSafeguard, RuleSeverity.Warning, "Client consent",
            "{service} for {client} from {delivery} needs the client's informed consent.", "Acme policy", null, null,
            new RuleScope(["LegalResearch"], [new RuleRoute(["US"], ["IN"])]), satisfiedBy: [new SafeguardOption([Safeguard.ClientInformedConsent])]);
        var rules = RuleSet.Default.With(rule);

        var violation = Assert.Single(rules.Evaluate(ServiceLine.LegalResearch, Country.US, Country.IN, s_date), v => v.Key == "acme-nda");
        Assert.Equal("KPO1005", violation.RuleId);
        Assert.DoesNotContain(rules.Evaluate(ServiceLine.LegalResearch, Country.US, Country.IN, s_date, Safeguard.ClientInformedConsent), v => v.Key == "acme-nda");
        Assert.Throws<ArgumentException>(() => new Rule(
            "acme-nda", DiagnosticIds.MissingSafeguard, RuleKind.RequiredSafeguard, RuleSeverity.Warning, "Client consent", "{service}.", "Acme policy", null, null,
            new RuleScope(["LegalResearch"], [new RuleRoute(["US"], ["IN"])])));
    }

    [Fact]
    public void An_overlay_applies_as_at_compile_time_and_a_bad_one_throws_with_every_problem_placed()
    {
        // On 2026-03-02 the UK transfer rule is uk-gdpr-art44a (the Data (Use and Access) Act 2025), beside the Art. 28 contract rule.
        var rules = RuleSet.Default.WithOverlay("""{ "remove": ["uk-gdpr-art44a", "uk-gdpr-art28-processor-contract"] }""");
        Assert.NotEmpty(RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.GB, Country.IN, s_date));
        Assert.Empty(rules.Evaluate(ServiceLine.Payroll, Country.GB, Country.IN, s_date));

        var ex = Assert.Throws<RuleOverlayException>(() => RuleSet.Default.WithOverlay("""
            {
              "remove": ["uk-gdpr-chapter-vv"],
              "removeRuleIds": ["KPO9003"]
            }
            """));
        Assert.Equal(2, ex.Problems.Count);
        var key = Assert.Single(ex.Problems, p => p.Message.Contains("uk-gdpr-chapter-vv", StringComparison.Ordinal));
        Assert.Equal((2, 14, "$.remove[0]"), (key.Line, key.Column, key.Path));
        var id = Assert.Single(ex.Problems, p => p.Message.Contains("KPO9003", StringComparison.Ordinal));
        Assert.Equal("$.removeRuleIds[0]", id.Path);
        Assert.StartsWith("kpo.rules.json cannot be applied (2 problems):", ex.Message, StringComparison.Ordinal);
    }
}
