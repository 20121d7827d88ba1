using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class OverlayTests
{
    private static RuleDefinition CompanyPolicy(string key = "acme-no-offshore-medical", string delivery = "PH") => new(
        key,
        "KPO1003",
        RuleKind.DataTransfer,
        RuleSeverity.Warning,
        "Acme keeps medical transcription onshore",
        "{service} for a client in {client} may not be delivered from {delivery} under Acme policy ({date}).",
        "Acme data handling policy §4",
        D("2024-01-01"),
        null,
        new RuleScope(["MedicalTranscription"], [new RuleRoute(["@US"], [delivery])]));

    // The default HIPAA rule (us-hipaa-business-associate) covers these cases too; the business
    // associate agreement is in place so that the overlay's own rule is all that shows.
    private const Safeguard Baa = Safeguard.BusinessAssociateAgreement;

    [Fact]
    public void Add_reports_the_new_rule_and_leaves_the_original_set_unchanged()
    {
        var overlay = RuleSet.Default.With(CompanyPolicy());
        Assert.Equal(RuleSet.Default.Count + 1, overlay.Count);
        Assert.Equal(["acme-no-offshore-medical"], Keys(overlay, ServiceLine.MedicalTranscription, "US-TX", "PH", D("2024-01-01"), Baa));
        Assert.Empty(Keys(RuleSet.Default, ServiceLine.MedicalTranscription, "US-TX", "PH", D("2024-01-01"), Baa));
        Assert.Equal(RuleSet.Default.DataVersion, overlay.DataVersion);
    }

    [Fact]
    public void Add_refuses_a_taken_key() =>
        Assert.Contains("use Replace", Assert.Throws<ArgumentException>(() => RuleSet.Default.With(CompanyPolicy("us-ofac-iran"))).Message);

    [Fact]
    public void Replace_swaps_the_rule_with_the_same_key()
    {
        var overlay = RuleSet.Default.With(CompanyPolicy()).Replace(CompanyPolicy(delivery: "IN"));
        Assert.Empty(Keys(overlay, ServiceLine.MedicalTranscription, "US", "PH", D("2024-06-01"), Baa));
        Assert.Equal(["acme-no-offshore-medical"], Keys(overlay, ServiceLine.MedicalTranscription, "US", "IN", D("2024-06-01"), Baa));
        Assert.Equal(RuleSet.Default.Count + 1, overlay.Count);
    }

    [Fact]
    public void Replace_of_a_default_rule_changes_its_dates()
    {
        Assert.True(RuleSet.Default.TryGetRule("us-ofac-syria", out var syria));
        var extended = new RuleDefinition(syria.Key, syria.RuleId, syria.Kind, syria.Severity, syria.Title, syria.Message, syria.Citation, syria.EffectiveFrom, null, syria.Scope, syria.Exemptions, syria.Notes);
        Assert.Contains("us-ofac-syria", Keys(RuleSet.Default.Replace(extended), ServiceLine.Payroll, "SY", "US", D("2026-01-01")));
    }

    [Fact]
    public void Replace_and_disable_refuse_unknown_keys_and_suggest_the_close_one()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.Without("us-ofac-syira"));
        Assert.Contains("'us-ofac-syira'", ex.Message);
        Assert.Contains("Did you mean 'us-ofac-syria'?", ex.Message);
        Assert.Throws<ArgumentException>(() => RuleSet.Default.Replace(CompanyPolicy()));
    }

    [Fact]
    public void Disable_by_key_removes_only_that_rule()
    {
        var overlay = RuleSet.Default.Without("eu-833-2014-art5n-accounting-consulting");
        Assert.Equal(["ru-152fz-localisation-2025"], Keys(overlay, ServiceLine.Payroll, "RU", "DE", D("2025-08-01")));
        Assert.Equal(RuleSet.Default.Count - 1, overlay.Count);
    }

    [Fact]
    public void Disable_by_rule_ID_removes_every_rule_with_it()
    {
        var overlay = RuleSet.Default.WithoutRuleId("KPO1003");
        Assert.DoesNotContain(overlay.Rules, r => r.RuleId == "KPO1003");
        Assert.Equal(["eu-833-2014-art5n-accounting-consulting"], Keys(overlay, ServiceLine.Payroll, "RU", "DE", D("2025-08-01")));
        // An ID that rules cannot report (KPO9003 is a declaration error) is refused, as the overlay file refuses it.
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.WithoutRuleId(DiagnosticIds.ContractGeneric));
        Assert.Contains("'KPO9003' is not an ID that rules report; expected KPO1001", ex.Message);
        Assert.Throws<ArgumentException>(() => RuleSet.Default.WithoutRuleId("KPO13"));
    }

    [Fact]
    public void A_rule_with_an_unknown_jurisdiction_is_refused_with_a_suggestion()
    {
        var bad = CompanyPolicy(delivery: "UK");
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.With(bad));
        Assert.Contains("acme-no-offshore-medical", ex.Message);
        Assert.Contains("'GB'", ex.Message);
    }

    [Fact]
    public void A_rule_with_an_unknown_group_or_placeholder_is_refused()
    {
        Assert.Contains("unknown group '@ASEAN'", Assert.Throws<ArgumentException>(() => RuleSet.Default.With(CompanyPolicy(delivery: "@ASEAN"))).Message);
        var template = new RuleDefinition("x-rule", "KPO1001", RuleKind.Embargo, RuleSeverity.Error, "t", "{servce} to {client}", "c", null, null, new RuleScope(["all"], [new RuleRoute(["*"], ["*"])]));
        Assert.Contains("{servce}", Assert.Throws<ArgumentException>(() => RuleSet.Default.With(template)).Message);
    }
}
