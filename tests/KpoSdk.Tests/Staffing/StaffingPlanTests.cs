using NodaTime;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Staffing;

public sealed class StaffingPlanTests
{
    private static readonly StaffingPlan NewYork = StaffingPlan.Create(NewYorkTax, Staff, CheckedOn);

    [Fact]
    public void Tax_preparation_qualifies_only_Ananya_and_says_why_not_the_others()
    {
        var tax = NewYork.Services[0];

        Assert.Equal([Ananya], tax.Qualified);
        Assert.Equal(
            [
                ("staff[1].languages[0]", "KPO3004"),
                ("staff[1].regulationFamiliarity", "KPO3005"),
                ("staff[2].center", "KPO1004"),
                ("staff[2].regulationFamiliarity", "KPO3005"),
                ("staff[3].regulationFamiliarity", "KPO3005"),
            ],
            tax.NotQualified.SelectMany(a => a.Reasons).Select(r => (r.Path, r.RuleId)));
    }

    [Fact]
    public void Coverage_by_the_qualified_staff_leaves_the_Pune_holiday_uncovered()
    {
        var tax = NewYork.Services[0];

        Assert.Equal(Duration.FromHours(8), tax.Uncovered);
        Assert.Equal([new LocalDate(2026, 10, 2)], tax.Coverage.UncoveredDates);
        Assert.Equal([("services[0].team", "KPO3007")], tax.Shortfalls.Select(s => (s.Path, s.RuleId)));
        Assert.Equal(CheckedOn, NewYork.CoverageDates.Start);
    }

    [Fact]
    public void A_service_nobody_qualifies_for_is_entirely_uncovered()
    {
        var bookkeeping = NewYork.Services[2];

        Assert.Empty(bookkeeping.Qualified);
        Assert.Equal(bookkeeping.Coverage.Required, bookkeeping.Uncovered);
        Assert.True(bookkeeping.Uncovered > Duration.Zero);
        Assert.Contains(bookkeeping.Shortfalls, s => s.RuleId == "KPO2002");
        Assert.False(NewYork.IsComplete);
    }

    [Fact]
    public void A_signing_act_without_a_licensed_qualified_member_is_a_shortfall()
    {
        var agreement = Agreement("T-3", HudsonTax, Meridian, EngagementModel.ThirdParty, Year2026, J("US-NY"),
            [Service(ServiceLine.TaxRepresentation, ["Pune"])]);
        var withoutAnanya = new Roster(Staff.Provider, [Jose, Rahul]);

        var plan = StaffingPlan.Create(agreement, withoutAnanya, CheckedOn);
        var withAnanya = StaffingPlan.Create(agreement, Staff, CheckedOn);

        Assert.Contains(plan.Services[0].Shortfalls, s => s.RuleId == "KPO3001" && s.Path == "services[0].team");
        Assert.DoesNotContain(withAnanya.Services[0].Shortfalls, s => s.RuleId == "KPO3001");
    }

    [Fact]
    public void A_follow_the_sun_pair_covers_what_one_centre_misses()
    {
        var both = new Roster(Staff.Provider, [Ananya, Jose2()]);
        var agreement = Agreement("T-4", HudsonTax, Meridian, EngagementModel.ThirdParty, Year2026, J("US-NY"),
            [Service(ServiceLine.TaxPreparation, ["Pune", "Manila"])]);

        var plan = StaffingPlan.Create(agreement, both, CheckedOn, new DateInterval(new LocalDate(2026, 9, 28), new LocalDate(2026, 10, 9)));

        Assert.Equal(2, plan.Services[0].Qualified.Length);
        Assert.Equal(Duration.Zero, plan.Services[0].Uncovered);
        Assert.True(plan.IsComplete);
        Assert.Equal(["Pune", "Manila"], plan.Services[0].Coverage.Centers.Select(c => c.Name));
    }

    /// <summary>Jose with the English and the US familiarity the New York work needs.</summary>
    private static StaffMember Jose2() => Jose with { Languages = [Speaks("en:C1")], RegulationFamiliarity = [J("US")] };
}
