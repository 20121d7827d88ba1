using KpoSdk.Tests.Agreements;
using NodaTime;

namespace KpoSdk.Tests.Staffing;

/// <summary>
/// The plan finds qualified staff through its roster index; every member's assessment is still the
/// all-pairs check. Both must name the same people, in roster order, for every service.
/// </summary>
public sealed class StaffIndexTests
{
    public static TheoryData<string> Agreements => ["NewYorkTax", "GermanPayroll"];

    [Theory]
    [MemberData(nameof(Agreements))]
    public void The_indexed_plan_qualifies_exactly_whom_the_all_pairs_check_qualifies(string name)
    {
        var agreement = name == "NewYorkTax" ? Samples.NewYorkTax : Samples.GermanPayroll;
        var roster = Varied(Samples.Staff, agreement);

        var plan = StaffingPlan.Create(agreement, roster, new LocalDate(2026, 3, 2));

        Assert.All(plan.Services, service =>
            Assert.Equal(service.Assessments.Where(a => a.Qualifies).Select(a => a.Member.Id), service.Qualified.Select(m => m.Id)));
        Assert.Contains(plan.Services, s => !s.Qualified.IsEmpty);
        Assert.Contains(plan.Services, s => s.NotQualified.Length > 0);
    }

    /// <summary>The sample staff copied to every centre of the provider, with and without their languages and credentials.</summary>
    private static Roster Varied(Roster roster, ServiceAgreement agreement) => new(roster.Provider,
    [
        .. from member in roster.Staff
           from center in agreement.Provider.Centers
           from variant in Enumerable.Range(0, 3)
           select new StaffMember($"{member.Id}-{center.Name}-{variant}", member.Name, center.Name, member.Shift)
           {
               Education = member.Education,
               Credentials = variant == 1 ? [] : member.Credentials,
               Languages = variant == 2 ? [.. member.Languages.Skip(1)] : member.Languages,
               RegulationFamiliarity = member.RegulationFamiliarity,
           },
    ]);
}
