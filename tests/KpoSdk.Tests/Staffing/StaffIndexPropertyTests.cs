using CsCheck;
using NodaTime;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Staffing;

/// <summary>
/// The roster index leaves out only members who fail a check: over random rosters (credentials
/// expired, not grantable where recorded, of kinds that count only as knowledge; languages at every
/// level, some twice; law and general degrees; familiarity with countries and subdivisions) and
/// random services, the plan qualifies exactly whom the all-pairs check of every member qualifies.
/// </summary>
public sealed class StaffIndexPropertyTests
{
    private static readonly string[] s_centers = ["Pune", "Manila", "Krakow", "Lagos"];

    private static readonly CredentialKind[] s_kinds =
    [
        CredentialKind.UsEnrolledAgent, CredentialKind.UsCertifiedPublicAccountant, CredentialKind.PreparerTaxIdentificationNumber,
        CredentialKind.IcaiCharteredAccountant, CredentialKind.PhilippineCertifiedPublicAccountant, CredentialKind.Acca,
        CredentialKind.Steuerberater, CredentialKind.CippE, CredentialKind.BarAdmission, CredentialKind.CertifiedPayrollProfessional,
    ];

    private static readonly Jurisdiction[] s_places = [.. new[] { "US", "US-NY", "US-CA", "IN", "PH", "PL", "GB", "DE", "DE-NW", "LK" }.Select(Jurisdiction.Parse)];

    private static readonly Language[] s_languages = [.. new[] { "en", "de", "hi", "fil", "pl" }.Select(Language.Parse)];

    private static readonly LocalDate?[] s_expiries = [null, new LocalDate(2025, 6, 30), new LocalDate(2026, 12, 31), new LocalDate(2029, 1, 31)];

    private static readonly Gen<Credential> s_credential =
        Gen.Select(Gen.OneOf(s_kinds), Gen.OneOf(s_places), Gen.OneOf(s_expiries)).Select((k, j, e) => new Credential(k, j, e));

    private static readonly Gen<LanguageSkill> s_skill =
        Gen.Select(Gen.OneOf(s_languages), Gen.Enum<CefrLevel>()).Select((l, c) => new LanguageSkill(l, c));

    private static readonly Gen<StaffMember> s_member =
        Gen.Select(Gen.OneOf(s_centers), Gen.Enum<EducationLevel>().Array[0, 2], s_credential.Array[0, 3], s_skill.Array[0, 4], Gen.OneOf(s_places).Array[0, 2])
            .Select((center, education, credentials, skills, familiar) => new StaffMember("S", "Someone", center, Hours("Mon-Fri 18:30-03:30"))
            {
                Education = [.. education],
                Credentials = [.. credentials],
                Languages = [.. skills],
                RegulationFamiliarity = [.. familiar],
            });

    private static readonly Gen<AgreedService> s_service =
        Gen.Select(
            Gen.OneOf(ServiceLine.TaxPreparation, ServiceLine.TaxRepresentation, ServiceLine.Payroll, ServiceLine.Bookkeeping, ServiceLine.BusinessResearch, ServiceLine.LegalResearch),
            Gen.OneOf(s_centers).Array[1, 3],
            Gen.OneOf(s_kinds).Array[0, 2],
            Gen.Frequency((1, Gen.Const((EducationLevel?)null)), (2, Gen.Enum<EducationLevel>().Select(e => (EducationLevel?)e))),
            s_skill.Select(s => new LanguageRequirement(s.Language, s.Level)).Array[0, 2])
            .Select((line, centers, kinds, education, languages) => Service(line, [.. centers.Distinct()], requiredCredentials: [.. kinds], minimumEducation: education, requiredLanguages: [.. languages]));

    [Fact]
    public void The_indexed_plan_qualifies_exactly_whom_the_all_pairs_check_qualifies()
    {
        int qualified = 0, notQualified = 0;
        Gen.Select(s_member.Array[1, 60], s_service.Array[1, 3], Gen.Bool, Gen.Int[2024, 2029])
            .Sample((members, services, newYork, year) =>
            {
                var roster = new Roster("Meridian", [.. members.Select((m, k) => new StaffMember($"S-{k}", m.Name, m.Center, m.Shift)
                {
                    Education = m.Education,
                    Credentials = m.Credentials,
                    Languages = m.Languages,
                    RegulationFamiliarity = m.RegulationFamiliarity,
                })]);
                var template = newYork ? NewYorkTax : GermanPayroll;
                var agreement = Agreement(template.Id, template.Client, template.Provider, template.Engagement, template.Term, template.GoverningLaw, [.. services]);

                var plan = StaffingPlan.Create(agreement, roster, new LocalDate(year, 3, 2), Year2026);

                foreach (var service in plan.Services)
                {
                    Assert.Equal(service.Assessments.Where(a => a.Qualifies).Select(a => a.Member.Id), service.Qualified.Select(m => m.Id));
                    Interlocked.Add(ref qualified, service.Qualified.Length);
                    Interlocked.Add(ref notQualified, service.NotQualified.Length);
                }
            }, iter: 300);

        // The samples must exercise both answers, or equality would prove nothing.
        Assert.True(qualified > 100 && notQualified > 100, $"{qualified} qualified, {notQualified} not");
    }
}
