using NodaTime;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Agreements;

/// <summary>Staff findings name the root cause: an expired license (KPO3002) rather than a generic KPO3001, and only the kinds that could count.</summary>
public sealed class RootCauseTests
{
    private static readonly Provider GermanTaxProvider = new(
        "Meridian", J("IN"), [MeridianWithBookkeeping.FindCenter("Krakow")!],
        new ServiceCatalog([Offering(ServiceLine.TaxRepresentation, [J("DE")], ["Krakow"])]));

    private static Client GermanClientShortDay() =>
        new("Rheinland", J("DE"), Window(Zone("Europe/Berlin"), Hours("Mon-Fri 08:00-16:00")));

    [Fact]
    public void A_signing_act_whose_only_license_has_expired_is_KPO3002_on_that_credential()
    {
        var lapsed = new Credential(CredentialKind.Steuerberater, J("DE"), new LocalDate(2026, 1, 31));
        var service = Service(ServiceLine.TaxRepresentation, ["Krakow"], [Bookkeeper(credentials: [lapsed])]);

        var violations = Clean(service, GermanClientShortDay(), GermanTaxProvider).Validate(CheckedOn);

        Assert.DoesNotContain(violations, v => v.RuleId == "KPO3001" && v.Path == "services[0].team");
        var expired = Assert.Single(violations, v => v.RuleId == "KPO3002" && v.Path == "services[0].team[0].credentials[0]");
        Assert.Contains("Steuerberater granted by DE was valid until 2026-01-31", expired.Message);
        Assert.Contains("would license", expired.Message);
    }

    [Fact]
    public void A_signing_act_without_a_licensed_member_lists_only_the_kinds_that_license_it_there()
    {
        var audit = new ServiceCatalog([Offering(ServiceLine.StatutoryAuditOpinion, [J("DE")], ["Krakow"])]);
        var provider = new Provider("Meridian", J("IN"), [MeridianWithBookkeeping.FindCenter("Krakow")!], audit);
        var service = Service(ServiceLine.StatutoryAuditOpinion, ["Krakow"], [Bookkeeper(credentials: [new Credential(CredentialKind.UsCertifiedPublicAccountant, J("US-NY"))])]);

        var violation = Assert.Single(Clean(service, GermanClientShortDay(), provider).Validate(CheckedOn), v => v.RuleId == "KPO3001" && v.Path == "services[0].team");

        Assert.Contains("Wirtschaftspr", violation.Message);
        Assert.DoesNotContain("UsCertifiedPublicAccountant", violation.Message);
        Assert.DoesNotContain("IcaiCharteredAccountant", violation.Message);
        Assert.DoesNotContain("Acca", violation.Message);
    }
}
