using NodaTime;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Agreements;

/// <summary>Each rule ID that data can reach: one case that triggers it and one that stays clean.</summary>
public sealed class RuleCheckTests
{
    private static AgreementViolation[] Violations(ServiceAgreement agreement) => [.. agreement.Validate(CheckedOn)];

    private static AgreementViolation Single(ServiceAgreement agreement, string ruleId)
    {
        var all = Violations(agreement);
        Assert.True(all.Count(v => v.RuleId == ruleId) == 1, $"Expected one {ruleId}; got: {string.Join(" | ", all.Select(v => v.ToString()))}");
        return all.Single(v => v.RuleId == ruleId);
    }

    [Fact]
    public void The_clean_baseline_has_no_violation() => Assert.Empty(Violations(Clean()));

    [Fact]
    public void KPO1001_payroll_for_a_Cuban_client_from_a_US_centre()
    {
        var miami = Center("Miami", J("US-FL"), Zone("America/New_York"), [new Shift("day", Hours("Mon-Fri 09:00-17:00"))]);
        var provider = new Provider("Acme", J("US"), [miami], new ServiceCatalog([Offering(ServiceLine.BusinessResearch, [J("CU"), J("MX")], ["Miami"])]));
        var havana = new Client("Havana Co", J("CU"), Window(Zone("America/Havana"), Hours("Mon-Fri 09:00-17:00")));
        var mexico = new Client("CDMX Co", J("MX"), Window(Zone("America/Mexico_City"), Hours("Mon-Fri 09:00-17:00")));
        var service = Service(ServiceLine.BusinessResearch, ["Miami"]);

        var violation = Single(Clean(service, havana, provider), "KPO1001");

        Assert.Equal("services[0].centers[0]", violation.Path);
        Assert.Equal("us-ofac-cuba", violation.RuleKey);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
        Assert.DoesNotContain(Violations(Clean(service, mexico, provider)), v => v.RuleId == "KPO1001");
    }

    [Fact]
    public void KPO1002_a_statutory_audit_opinion_for_a_German_client_signed_from_India()
    {
        var berlin = Center("Berlin", J("DE-BE"), Zone("Europe/Berlin"));
        var catalog = new ServiceCatalog([Offering(ServiceLine.StatutoryAuditOpinion, [J("DE")], ["Pune", "Berlin"])]);
        var provider = new Provider("Meridian", J("IN"), [Pune, berlin], catalog);

        var violation = Single(Clean(Service(ServiceLine.StatutoryAuditOpinion, ["Pune"]), provider: provider), "KPO1002");

        Assert.Equal("services[0].centers[0]", violation.Path);
        Assert.Contains("India", violation.Message);
        Assert.DoesNotContain(Violations(Clean(Service(ServiceLine.StatutoryAuditOpinion, ["Berlin"]), provider: provider)), v => v.RuleId == "KPO1002");
    }

    [Fact]
    public void KPO1003_German_payroll_from_India_needs_a_transfer_safeguard()
    {
        var service = Service(ServiceLine.Payroll, ["Pune"]);

        var violation = Single(Clean(service), "KPO1003");

        Assert.Equal("eu-gdpr-chapter-v", violation.RuleKey);
        Assert.DoesNotContain(Violations(Clean(service, safeguards: [Safeguard.StandardContractualClauses])), v => v.RuleId == "KPO1003");
    }

    [Fact]
    public void Binding_corporate_rules_count_in_a_captive_engagement_and_not_for_a_third_party()
    {
        var service = Service(ServiceLine.Payroll, ["Pune"]);
        var thirdParty = Clean(service, safeguards: [Safeguard.BindingCorporateRules]);
        var captive = Agreement("T-1", thirdParty.Client, thirdParty.Provider, EngagementModel.Captive, thirdParty.Term, thirdParty.GoverningLaw, [service], [.. CleanBase, Safeguard.BindingCorporateRules]);

        Assert.Equal("eu-gdpr-chapter-v", Single(thirdParty, "KPO1003").RuleKey);
        Assert.DoesNotContain(Violations(captive), v => v.RuleId == "KPO1003");
    }

    [Fact]
    public void KPO1003_follows_the_rule_set_given_in_the_options()
    {
        var service = Service(ServiceLine.Payroll, ["Pune"]);
        var withoutGdpr = new AgreementValidationOptions { Rules = KpoSdk.Rules.RuleSet.Default.Without("eu-gdpr-chapter-v") };

        Assert.Contains(Clean(service).Validate(CheckedOn), v => v.RuleId == "KPO1003");
        Assert.DoesNotContain(Clean(service).Validate(CheckedOn, withoutGdpr), v => v.RuleId == "KPO1003");
    }

    [Fact]
    public void KPO1004_a_centre_the_catalog_does_not_designate_for_the_service()
    {
        var violation = Single(Clean(Service(ServiceLine.Bookkeeping, ["Pune"])), "KPO1004");

        Assert.Equal("services[0].centers[0]", violation.Path);
        Assert.Contains("'Pune'", violation.Message);
        Assert.Contains("only from 'Krakow'", violation.Message);
    }

    [Fact]
    public void KPO1004_a_centre_the_provider_does_not_have()
    {
        var violation = Single(Clean(Service(ServiceLine.Bookkeeping, ["Krakw"])), "KPO1004");

        Assert.Equal("services[0].centers[0]", violation.Path);
        Assert.Contains("no delivery centre 'Krakw'", violation.Message);
    }

    [Fact]
    public void KPO1004_a_service_with_no_centre_and_a_member_at_another_centre()
    {
        var none = Single(Clean(Service(ServiceLine.Bookkeeping, [])), "KPO1004");
        var elsewhere = Single(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(center: "Pune", shift: "Mon-Fri 12:30-21:30"), Bookkeeper()])), "KPO1004");

        Assert.Equal("services[0].centers", none.Path);
        Assert.Equal("services[0].team[0].center", elsewhere.Path);
    }

    [Fact]
    public void KPO2001_a_coverage_zone_outside_the_client_country()
    {
        var client = new Client("Rheinland", J("DE-NW"), Window(Zone("Europe/Warsaw"), Hours("Mon-Fri 08:00-17:00")));

        var violation = Single(Clean(client: client), "KPO2001");

        Assert.Equal("client.businessHours.zone", violation.Path);
        Assert.Contains("The zone 'Europe/Warsaw' is not a zone of", violation.Message);
        Assert.Contains("its zone is Europe/Berlin", violation.Message);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
    }

    [Fact]
    public void KPO2001_a_zone_of_the_clients_country_but_not_of_its_state()
    {
        var client = new Client("Golden State Payroll", J("US-CA"), Window(Zone("America/New_York"), Hours("Mon-Fri 08:00-17:00")));

        var violation = Assert.Single(Clean(client: client).Validate(CheckedOn), v => v.RuleId == "KPO2001");

        Assert.Equal("client.businessHours.zone", violation.Path);
        Assert.Contains("not a zone of California, United States (US-CA); its zone is America/Los_Angeles", violation.Message);
    }

    [Fact]
    public void KPO2001_a_service_coverage_window_in_UTC()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(shift: "24x7")], Window(Zone("Etc/UTC"), Hours("Mon-Fri 08:00-16:00")));

        var violation = Single(Clean(service), "KPO2001");

        Assert.Equal("services[0].coverage.zone", violation.Path);
        Assert.Contains("The zone 'Etc/UTC' is not a zone of Nordrhein-Westfalen, Germany (DE-NW)", violation.Message);
    }

    [Fact]
    public void KPO2002_a_night_shift_that_never_meets_the_window()
    {
        var violation = Single(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(shift: "Mon-Fri 20:00-23:00")])), "KPO2002");

        Assert.Equal("services[0].team", violation.Path);
        Assert.Contains("Mon-Fri 20:00-23:00", violation.Message);
        Assert.DoesNotContain(Violations(Clean()), v => v.RuleId == "KPO2002");
    }

    [Fact]
    public void KPO3001_a_required_credential_nobody_holds()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper()], requiredCredentials: [CredentialKind.Acca]);

        var violation = Single(Clean(service), "KPO3001");

        Assert.Equal("services[0].team[0].credentials", violation.Path);
        Assert.Contains("Acca", violation.Message);
        var holder = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(credentials: [new Credential(CredentialKind.Acca, J("GB"))])], requiredCredentials: [CredentialKind.Acca]);
        Assert.Empty(Violations(Clean(holder)));
    }

    [Fact]
    public void KPO3001_a_credential_not_recognised_for_the_client_jurisdiction()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(credentials: [new Credential(CredentialKind.PhilippineCertifiedPublicAccountant, J("PH"))])],
            requiredCredentials: [CredentialKind.PhilippineCertifiedPublicAccountant]);

        var violation = Single(Clean(service), "KPO3001");

        Assert.Equal("services[0].team[0].credentials[0]", violation.Path);
        Assert.Contains("not recognised", violation.Message);
    }

    [Fact]
    public void KPO3001_a_state_licence_recorded_as_granted_by_the_whole_country()
    {
        var cpa = new Credential(CredentialKind.UsCertifiedPublicAccountant, J("US"));
        var ny = Single(NewYorkTaxWith(cpa), "KPO3001");

        Assert.Equal("services[0].team[0].credentials[0]", ny.Path);
        Assert.Contains("a subdivision of US", ny.Message);
        Assert.DoesNotContain(Violations(NewYorkTaxWith(cpa with { GrantedBy = J("US-NY") })), v => v.RuleId == "KPO3001");
    }

    [Fact]
    public void KPO3001_a_signing_act_with_no_licensed_team_member()
    {
        var catalog = new ServiceCatalog([Offering(ServiceLine.TaxRepresentation, [J("DE")], ["Krakow"])]);
        var provider = new Provider("Meridian", J("IN"), [MeridianWithBookkeeping.FindCenter("Krakow")!], catalog);
        var service = Service(ServiceLine.TaxRepresentation, ["Krakow"], [Bookkeeper()]);

        var violation = Single(Clean(service, GermanClientShortDay(), provider), "KPO3001");

        Assert.Equal("services[0].team", violation.Path);
        Assert.Contains("Steuerberater", violation.Message);
        var licensed = Service(ServiceLine.TaxRepresentation, ["Krakow"], [Bookkeeper(credentials: [new Credential(CredentialKind.Steuerberater, J("DE"))])]);
        Assert.DoesNotContain(Violations(Clean(licensed, GermanClientShortDay(), provider)), v => v.RuleId == "KPO3001");
    }

    [Fact]
    public void KPO3001_US_tax_preparation_needs_a_team_member_with_a_PTIN()
    {
        // 26 CFR 1.6109-2: every paid preparer of US returns needs a PTIN; a CPA licence is not one.
        var cpa = new Credential(CredentialKind.UsCertifiedPublicAccountant, J("US-NY"));
        var member = Member("IN-009", "Vikram Shah", "Pune", Hours("Mon-Fri 18:30-03:30"), [EducationLevel.Master], [cpa], [Speaks("en:C2")], [J("US")]);
        ServiceAgreement With(StaffMember m) => Agreement("T-2", HudsonTax, Meridian, EngagementModel.ThirdParty, Year2026, J("US-NY"), [Service(ServiceLine.TaxPreparation, ["Pune"], [m])]);

        var violation = Single(With(member), "KPO3001");

        Assert.Equal("services[0].team", violation.Path);
        Assert.Contains("(PreparerTaxIdentificationNumber)", violation.Message);
        Assert.DoesNotContain("(UsCertifiedPublicAccountant)", violation.Message);
        var withPtin = member with { Credentials = [cpa, new Credential(CredentialKind.PreparerTaxIdentificationNumber, J("US"))] };
        Assert.DoesNotContain(Violations(With(withPtin)), v => v.RuleId == "KPO3001");
    }

    [Fact]
    public void KPO3002_an_expired_credential()
    {
        var expired = new Credential(CredentialKind.Acca, J("GB"), new LocalDate(2026, 3, 1));
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(credentials: [expired])], requiredCredentials: [CredentialKind.Acca]);

        var violation = Single(Clean(service), "KPO3002");

        Assert.Equal("services[0].team[0].credentials[0]", violation.Path);
        Assert.Contains("Acca granted by GB was valid until 2026-03-01", violation.Message);
        var valid = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(credentials: [expired with { Expires = CheckedOn }])], requiredCredentials: [CredentialKind.Acca]);
        Assert.Empty(Violations(Clean(valid)));
    }

    [Fact]
    public void KPO3003_education_below_the_minimum()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(education: [EducationLevel.Bachelor])], minimumEducation: EducationLevel.Master);

        var violation = Single(Clean(service), "KPO3003");

        Assert.Equal("services[0].team[0].education", violation.Path);
        Assert.Contains("holds Bachelor", violation.Message);
        Assert.Empty(Violations(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(education: [EducationLevel.Doctorate])], minimumEducation: EducationLevel.Master))));
    }

    [Fact]
    public void KPO3004_a_language_missing_and_a_language_too_weak()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(languages: [Speaks("pl:C2")]), Bookkeeper(languages: [Speaks("de:B1")])],
            requiredLanguages: [Needs("de:B2")]);

        var all = Violations(Clean(service));

        Assert.Equal(["services[0].team[0].languages", "services[0].team[1].languages[0]"], all.Where(v => v.RuleId == "KPO3004").Select(v => v.Path));
        Assert.Contains("does not speak German (de)", all[0].Message);
        Assert.Empty(Violations(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(languages: [Speaks("de:C2")])], requiredLanguages: [Needs("de:B2")]))));
    }

    [Fact]
    public void KPO3004_applies_the_catalog_designation_for_the_client_country()
    {
        var service = Service(ServiceLine.Payroll, ["Krakow"], [Bookkeeper(languages: [Speaks("de:B2")])]);

        var violation = Single(Clean(service), "KPO3004");

        Assert.Contains("de:C1", violation.Message);
    }

    [Fact]
    public void KPO3005_no_familiarity_with_the_client_regulation()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(familiarity: [J("PL")])]);

        var violation = Single(Clean(service), "KPO3005");

        Assert.Equal("services[0].team[0].regulationFamiliarity", violation.Path);
        Assert.Contains("declares familiarity with PL", violation.Message);
    }

    [Fact]
    public void KPO3005_a_knowledge_credential_counts_as_familiarity()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(familiarity: [], credentials: [new Credential(CredentialKind.CippE, J("PL"))])]);

        Assert.Empty(Violations(Clean(service)));
    }

    [Fact]
    public void KPO3006_a_required_language_not_used_in_the_client_country()
    {
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(languages: [Speaks("de:C1"), Speaks("fr:C1")])], requiredLanguages: [Needs("fr:B2")]);

        var violation = Single(Clean(service), "KPO3006");

        Assert.Equal("services[0].requiredLanguages[0]", violation.Path);
        Assert.Contains("German (de)", violation.Message);
        Assert.Empty(Violations(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper()], requiredLanguages: [Needs("de:B2")]))));
    }

    [Fact]
    public void KPO3006_a_catalog_designation_is_reported_at_its_place_in_the_catalog()
    {
        var catalog = new ServiceCatalog([Offering(ServiceLine.Bookkeeping, [J("DE")], ["Krakow"], [new LanguageDesignation(Country.DE, [Needs("de:C1"), Needs("it:B1")])])]);
        var provider = new Provider("Meridian", J("IN"), [MeridianWithBookkeeping.FindCenter("Krakow")!], catalog);
        var member = Bookkeeper(languages: [Speaks("de:C1"), Speaks("it:B2")]);

        var violation = Single(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [member]), provider: provider), "KPO3006");

        Assert.Equal("provider.catalog.offerings[0].languages[0].languages[1]", violation.Path);
    }

    [Fact]
    public void KPO3007_a_shift_that_covers_only_part_of_the_window()
    {
        var violation = Single(Clean(Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper(shift: "Mon-Fri 08:00-16:00")])), "KPO3007");

        Assert.Equal("services[0].team", violation.Path);
        Assert.Contains("16:00", violation.Message);
    }

    [Fact]
    public void Validation_reports_every_violation_of_one_member_not_the_first()
    {
        var hopeless = Member("X", "Nobody", "Krakow", Hours("Mon-Fri 20:00-22:00"), [EducationLevel.SecondarySchool], [], [], []);
        var service = Service(ServiceLine.Bookkeeping, ["Krakow"], [hopeless], requiredCredentials: [CredentialKind.Acca], minimumEducation: EducationLevel.Bachelor, requiredLanguages: [Needs("de:B2")]);

        var ids = Violations(Clean(service)).Select(v => v.RuleId).ToArray();

        Assert.Equal(["KPO3001", "KPO3003", "KPO3004", "KPO3005", "KPO2002"], ids);
    }

    private static Client GermanClientShortDay() =>
        new("Rheinland", J("DE"), Window(Zone("Europe/Berlin"), Hours("Mon-Fri 08:00-16:00")));

    private static ServiceAgreement NewYorkTaxWith(Credential credential)
    {
        // The PTIN every paid preparer of US returns needs (26 CFR 1.6109-2), so that only the credential under test can fail.
        var ptin = new Credential(CredentialKind.PreparerTaxIdentificationNumber, J("US"));
        var member = Member("IN-009", "Vikram Shah", "Pune", Hours("Mon-Fri 18:30-03:30"), [EducationLevel.Master], [credential, ptin], [Speaks("en:C2")], [J("US")]);
        var service = Service(ServiceLine.TaxPreparation, ["Pune"], [member], requiredCredentials: [CredentialKind.UsCertifiedPublicAccountant]);
        return Agreement("T-2", HudsonTax, Meridian, EngagementModel.ThirdParty, Year2026, J("US-NY"), [service]);
    }
}
