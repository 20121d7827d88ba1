using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Tests.Rules;

public class RuleSetOverlayTests
{
    private static readonly LocalDate s_date = new(2025, 3, 1);

    private static Rule OnshoreMedical(params string[] deliveries) => new(
        "acme-onshore-medical",
        DiagnosticIds.PersonalDataTransfer,
        RuleKind.DataTransfer,
        RuleSeverity.Warning,
        "Acme keeps medical transcription onshore",
        "{service} for {client} may not be delivered from {delivery} under Acme policy.",
        "Acme data handling policy §4",
        new LocalDate(2025, 1, 1),
        null,
        new RuleScope(["MedicalTranscription"], [new RuleRoute(["@US"], deliveries)]),
        satisfiedBy: [new SafeguardOption([Safeguard.BindingCorporateRules])]);

    [Fact]
    public void With_adds_a_rule_and_leaves_the_default_unchanged()
    {
        // The HIPAA business associate agreement (us-hipaa-business-associate) is in place throughout, so the overlay's rule is the only one.
        const Safeguard Baa = Safeguard.BusinessAssociateAgreement;
        var rules = RuleSet.Default.With(OnshoreMedical("PH"));
        var violation = Assert.Single(rules.Evaluate(ServiceLine.MedicalTranscription, Country.US, Country.PH, s_date, Baa));
        Assert.Equal("acme-onshore-medical", violation.Key);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
        Assert.Equal("Medical transcription for United States (US) may not be delivered from Philippines (PH) under Acme policy. Declaring the safeguard BindingCorporateRules lifts it.", violation.Message);
        Assert.Equal([[Safeguard.BindingCorporateRules]], violation.LiftedBy);
        Assert.Empty(rules.Evaluate(ServiceLine.MedicalTranscription, Country.US, Country.PH, s_date, Baa, Safeguard.BindingCorporateRules));
        Assert.Empty(RuleSet.Default.Evaluate(ServiceLine.MedicalTranscription, Country.US, Country.PH, s_date, Baa));
        Assert.Equal(RuleSet.Default.Rules.Count + 1, rules.Rules.Count);
    }

    [Fact]
    public void Replace_swaps_by_key()
    {
        var rules = RuleSet.Default.With(OnshoreMedical("PH")).Replace(OnshoreMedical("IN"));
        Assert.Empty(rules.Evaluate(ServiceLine.MedicalTranscription, Country.US, Country.PH, s_date, Safeguard.BusinessAssociateAgreement));
        Assert.Single(rules.Evaluate(ServiceLine.MedicalTranscription, Country.US, Country.IN, s_date, Safeguard.BusinessAssociateAgreement));
    }

    [Fact]
    public void Without_disables_by_key_and_by_rule_ID()
    {
        var withoutSyria = RuleSet.Default.Without("us-ofac-syria");
        Assert.Empty(withoutSyria.Evaluate(ServiceLine.Payroll, Country.SY, Country.US, new LocalDate(2020, 1, 1)));
        Assert.False(withoutSyria.TryGetRule("us-ofac-syria", out _));

        var withoutSigning = RuleSet.Default.WithoutRuleId(DiagnosticIds.LicensedProfessionalRequired);
        Assert.Empty(withoutSigning.Evaluate(ServiceLine.LegalAdvice, Jurisdiction.Parse("US-NY"), Country.IN, s_date));
        Assert.NotEmpty(RuleSet.Default.Evaluate(ServiceLine.LegalAdvice, Jurisdiction.Parse("US-NY"), Country.IN, s_date));
    }

    [Fact]
    public void Overlay_mistakes_are_errors_that_name_the_problem()
    {
        Assert.Contains("Did you mean 'us-ofac-syria'?", Assert.Throws<ArgumentException>(() => RuleSet.Default.Without("us-ofac-syra")).Message);
        Assert.Contains("'GB'", Assert.Throws<ArgumentException>(() => RuleSet.Default.With(OnshoreMedical("UK"))).Message);
        Assert.Throws<ArgumentException>(() => RuleSet.Default.Replace(OnshoreMedical("PH")));
        Assert.Throws<ArgumentException>(() => new Rule("Bad Key", "KPO1001", RuleKind.Embargo, RuleSeverity.Error, "t", "m", "c", null, null, new RuleScope(["all"], [new RuleRoute(["*"], ["*"])])));
    }

    [Fact]
    public void Rules_kept_by_an_overlay_are_the_same_objects()
    {
        var rules = RuleSet.Default.With(OnshoreMedical("PH"));
        Assert.Same(RuleSet.Default.Rules[0], rules.Rules[0]);
        var violation = Assert.Single(rules.Evaluate(ServiceLine.Payroll, Country.SY, Country.US, new LocalDate(2020, 1, 1)));
        Assert.Same(RuleSet.Default.Rules.Single(r => r.Key == "us-ofac-syria"), violation.Rule);
    }
}
