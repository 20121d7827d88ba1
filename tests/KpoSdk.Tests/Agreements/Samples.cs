using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Agreements;

/// <summary>
/// A realistic provider with centres in India, the Philippines and Poland, and two agreements:
/// a New York tax client served from Pune and Manila, and a German payroll client served from
/// Krakow and Pune. Tests derive variants with <c>with</c> and the helpers below.
/// </summary>
internal static class Samples
{
    public static readonly LocalDate CheckedOn = new(2026, 3, 2);

    public static readonly DateInterval Year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static WeeklyHours Hours(string text) => WeeklyHours.Parse(text);

    public static Jurisdiction J(string code) => Jurisdiction.Parse(code);

    public static LanguageRequirement Needs(string text) => LanguageRequirement.Parse(text);

    public static LanguageSkill Speaks(string text) => LanguageSkill.Parse(text);

    public static ImmutableArray<LocalDate> Dates(params string[] dates) => [.. dates.Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value)];

    public static DeliveryCenter Center(string name, Jurisdiction jurisdiction, DateTimeZone zone, ImmutableArray<Shift> shifts = default, ImmutableArray<LocalDate> holidays = default) =>
        new(name, jurisdiction, zone) { Shifts = shifts, Holidays = holidays };

    public static ServiceOffering Offering(ServiceLine service, ImmutableArray<Jurisdiction> clients, ImmutableArray<string> centers, ImmutableArray<LanguageDesignation> languages = default) =>
        new(service, clients, centers) { Languages = languages };

    public static StaffMember Member(
        string id,
        string name,
        string center,
        WeeklyHours shift,
        ImmutableArray<EducationLevel> education = default,
        ImmutableArray<Credential> credentials = default,
        ImmutableArray<LanguageSkill> languages = default,
        ImmutableArray<Jurisdiction> regulationFamiliarity = default) =>
        new(id, name, center, shift) { Education = education, Credentials = credentials, Languages = languages, RegulationFamiliarity = regulationFamiliarity };

    public static CoverageWindow Window(DateTimeZone zone, WeeklyHours hours, ImmutableArray<LocalDate> holidays = default) => new(zone, hours) { Holidays = holidays };

    public static AgreedService Service(
        ServiceLine service,
        ImmutableArray<string> centers,
        ImmutableArray<StaffMember> team = default,
        CoverageWindow? coverage = null,
        ImmutableArray<LanguageRequirement> requiredLanguages = default,
        ImmutableArray<CredentialKind> requiredCredentials = default,
        EducationLevel? minimumEducation = null) =>
        new(service, centers)
        {
            Team = team,
            Coverage = coverage,
            RequiredLanguages = requiredLanguages,
            RequiredCredentials = requiredCredentials,
            MinimumEducation = minimumEducation,
        };

    public static ServiceAgreement Agreement(
        string id, Client client, Provider provider, EngagementModel engagement, DateInterval term, Jurisdiction governingLaw,
        ImmutableArray<AgreedService> services, ImmutableArray<Safeguard> safeguards = default) =>
        new(id, client, provider, engagement, term, governingLaw, services) { Safeguards = safeguards };

    // 09:00-17:00 in New York is 18:30-03:30 in India in winter (EST) and 18:30-02:30 in summer (EDT).
    public static readonly DeliveryCenter Pune = Center(
        "Pune", J("IN-MH"), Zone("Asia/Kolkata"),
        [new Shift("us-night", Hours("Mon-Fri 18:30-03:30")), new Shift("eu-day", Hours("Mon-Fri 12:30-21:30"))],
        Dates("2026-01-26", "2026-08-15", "2026-10-02"));

    public static readonly DeliveryCenter Manila = Center(
        "Manila", J("PH"), Zone("Asia/Manila"),
        [new Shift("us-night", Hours("Mon-Fri 21:00-06:00"))],
        Dates("2026-06-12", "2026-12-30"));

    public static readonly DeliveryCenter Krakow = Center(
        "Krakow", J("PL-12"), Zone("Europe/Warsaw"),
        [new Shift("day", Hours("Mon-Fri 08:00-16:00"))],
        Dates("2026-01-06", "2026-11-11"));

    public static readonly ServiceCatalog Catalog = new(
    [
        Offering(ServiceLine.TaxPreparation, [J("US")], ["Pune", "Manila"], [new LanguageDesignation(Country.US, [Needs("en:C1")])]),
        Offering(ServiceLine.TaxRepresentation, [J("US")], ["Pune"], [new LanguageDesignation(Country.US, [Needs("en:C1")])]),
        Offering(ServiceLine.Payroll, [J("DE"), J("AT")], ["Krakow", "Pune"], [new LanguageDesignation(Country.DE, [Needs("de:C1")]), new LanguageDesignation(Country.AT, [Needs("de:C1")])]),
        Offering(ServiceLine.Bookkeeping, [J("GB")], ["Manila"]),
    ]);

    public static readonly Provider Meridian = new("Meridian Knowledge Services", J("IN"), [Pune, Manila, Krakow], Catalog);

    public static readonly StaffMember Ananya = Member(
        "IN-001", "Ananya Rao", "Pune", Hours("Mon-Fri 18:30-03:30"),
        [EducationLevel.Master],
        [new Credential(CredentialKind.UsEnrolledAgent, J("US"), new LocalDate(2027, 3, 31)), new Credential(CredentialKind.IcaiCharteredAccountant, J("IN")), new Credential(CredentialKind.PreparerTaxIdentificationNumber, J("US"), new LocalDate(2026, 12, 31))],
        [Speaks("en:C1"), Speaks("hi:C2")],
        [J("US")]);

    public static readonly StaffMember Jose = Member(
        "PH-002", "Jose Santos", "Manila", Hours("Mon-Fri 21:00-06:00"),
        [EducationLevel.Bachelor],
        [new Credential(CredentialKind.PhilippineCertifiedPublicAccountant, J("PH"))],
        [Speaks("en:B2"), Speaks("fil:C2")],
        [J("PH")]);

    public static readonly StaffMember Katarzyna = Member(
        "PL-010", "Katarzyna Nowak", "Krakow", Hours("Mon-Fri 08:00-16:00"),
        [EducationLevel.Master],
        [new Credential(CredentialKind.CippE, J("PL"))],
        [Speaks("pl:C2"), Speaks("de:C1"), Speaks("en:C1")],
        [J("DE")]);

    public static readonly StaffMember Rahul = Member(
        "IN-011", "Rahul Mehta", "Pune", Hours("Mon-Fri 12:30-21:30"),
        [EducationLevel.Bachelor],
        [],
        [Speaks("en:C1"), Speaks("de:B2")],
        [J("DE")]);

    public static readonly Roster Staff = new("Meridian Knowledge Services", [Ananya, Jose, Katarzyna, Rahul]);

    public static readonly Client HudsonTax = new(
        "Hudson Valley Tax Partners LLP", J("US-NY"),
        Window(Zone("America/New_York"), Hours("Mon-Fri 09:00-17:00"),
            Dates("2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25")));

    public static readonly Client Rheinland = new(
        "Rheinland Maschinenbau GmbH", J("DE-NW"),
        Window(Zone("Europe/Berlin"), Hours("Mon-Fri 08:00-17:00"),
            Dates("2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25", "2026-06-04", "2026-12-25")));

    public static readonly ServiceAgreement NewYorkTax = Agreement(
        "MSA-2026-014", HudsonTax, Meridian, EngagementModel.ThirdParty, Year2026, J("US-NY"),
        [
            Service(ServiceLine.TaxPreparation, ["Pune", "Manila"], [Ananya, Jose], minimumEducation: EducationLevel.Bachelor),
            Service(ServiceLine.TaxRepresentation, ["Pune"], [Ananya], requiredCredentials: [CredentialKind.UsEnrolledAgent, CredentialKind.UsCertifiedPublicAccountant]),
            Service(ServiceLine.Bookkeeping, ["Manila"]),
        ],
        [Safeguard.Section7216Consent]);

    public static readonly ServiceAgreement GermanPayroll = Agreement(
        "MSA-2026-021", Rheinland, Meridian, EngagementModel.ThirdParty, Year2026, J("DE"),
        [
            Service(ServiceLine.Payroll, ["Krakow", "Pune"], [Katarzyna, Rahul], requiredLanguages: [Needs("en:B2")]),
        ],
        [Safeguard.ExplicitConsent, Safeguard.ProcessorContract]);

    /// <summary>The provider with one more offering, bookkeeping for Germany from Krakow, for the rule tests.</summary>
    /// <remarks>Its Krakow centre has no holidays, so a full-time shift covers the German client's year.</remarks>
    public static readonly Provider MeridianWithBookkeeping = new(
        Meridian.Name, Meridian.Headquarters, [Pune, Manila, Center("Krakow", Krakow.Jurisdiction, Krakow.Zone, Krakow.Shifts)],
        new ServiceCatalog([.. Catalog.Offerings, Offering(ServiceLine.Bookkeeping, [J("DE")], ["Krakow"])]));

    /// <summary>A bookkeeper in Krakow who covers the German client's hours and qualifies for German bookkeeping.</summary>
    public static StaffMember Bookkeeper(
        string center = "Krakow",
        string shift = "Mon-Fri 08:00-17:00",
        ImmutableArray<EducationLevel> education = default,
        ImmutableArray<Credential> credentials = default,
        ImmutableArray<LanguageSkill> languages = default,
        ImmutableArray<Jurisdiction> familiarity = default) => Member(
        "PL-020", "Marta Zielinska", center, Hours(shift),
        education.IsDefault ? [EducationLevel.Master] : education,
        credentials,
        languages.IsDefault ? [Speaks("de:C1"), Speaks("pl:C2")] : languages,
        familiarity.IsDefault ? [J("DE")] : familiarity);

    /// <summary>
    /// What every variant of <see cref="Clean"/> has in place besides the safeguards a test gives: the
    /// processor contract GDPR Art. 28 asks of any provider (eu-gdpr-art28-processor-contract), and
    /// what the German rules ask of a provider abroad (the client's consent under § 203 StGB, the
    /// tax office's approval under AO § 146), so that a test sees only the rule it is about.
    /// </summary>
    public static readonly ImmutableArray<Safeguard> CleanBase = [Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval];

    /// <summary>A clean single-service agreement to vary in rule tests: bookkeeping for the German client from Krakow.</summary>
    public static ServiceAgreement Clean(AgreedService? service = null, Client? client = null, Provider? provider = null, ImmutableArray<Safeguard> safeguards = default) => Agreement(
        "T-1", client ?? Rheinland, provider ?? MeridianWithBookkeeping,
        EngagementModel.ThirdParty, Year2026, J("DE"),
        [service ?? Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper()])],
        [.. CleanBase, .. safeguards.IsDefault ? [] : safeguards]);
}
