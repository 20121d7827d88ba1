using KpoSdk.Generators.Tests.Infrastructure;
using KpoSdk.Rules;
using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>The generated code compiles, loads and computes the right instants, across DST changes too.</summary>
public sealed class GeneratedCodeRunsTests
{
    private const string Contracts = Declarations.OneContract + "\n" + """
        namespace Acme.Audit
        {
            /// <summary>An audit opinion that only a US-licensed auditor may sign, delivered from abroad.</summary>
            [KpoSdk.Contracts.ServiceLevelContract(KpoSdk.ServiceLine.StatutoryAuditOpinion, Client = "US-NY", DeliveredFrom = "IN PH")]
            [KpoSdk.Contracts.CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
            public partial class OffshoreAuditOpinion
            {
            }

            /// <summary>London billing with a resolution in calendar days.</summary>
            [KpoSdk.Contracts.ServiceLevelContract(KpoSdk.ServiceLine.Billing, Client = "GB", DeliveredFrom = "ZA")]
            [KpoSdk.Contracts.CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
            [KpoSdk.Contracts.ResponseTime("PT2H", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
            [KpoSdk.Contracts.ResolutionTime("P2D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
            public partial class LondonBilling
            {
            }
        }
        """;

    [Fact]
    public void A_window_with_the_clients_built_in_holidays_skips_them_in_a_business_day_deadline()
    {
        // Independence Day 2026 is a Saturday, observed on Friday 3 July: one business day after
        // Thursday 2 July closes on Monday 6 July (17:00 EDT), not on the Friday.
        string source = Declarations.OneContract.Replace("\"Mon-Fri 09:00-17:00\")", "\"Mon-Fri 09:00-17:00\", Holidays = \"US-NY\")", StringComparison.Ordinal)
            .Replace("[ResolutionTime(\"P3D\")]", "[ResolutionTime(\"P1D\")]", StringComparison.Ordinal);
        using var compiled = new CompiledContracts(source);
        var contract = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation");

        Assert.Equal(Instant("2026-07-06T21:00:00Z"), contract.ResolutionDeadline(Instant("2026-07-02T14:00:00Z")));
        Assert.Equal("US-NY", contract.Coverage.HolidayCalendar?.Jurisdiction?.Code);
    }

    [Fact]
    public void The_business_hours_deadline_crosses_the_spring_forward_weekend_exactly()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation");

        // Friday 6 March 2026 15:00 EST: two business hours left that day; DST starts on Sunday
        // 8 March, so the remaining two hours end at 11:00 EDT on Monday, which is 15:00Z (16:00Z
        // if the offset of the opening day were wrongly kept).
        var opened = Instant("2026-03-06T20:00:00Z");

        Assert.Equal(Instant("2026-03-09T15:00:00Z"), CompiledContracts.Call(contract, "ResponseDeadline", opened));
        Assert.Equal(Instant("2026-03-09T15:00:00Z"), contract.ResponseDeadline(opened));
        Assert.Equal(Duration.FromHours(4), contract.Coverage.Between(opened, contract.ResponseDeadline(opened)!.Value));
    }

    [Fact]
    public void The_business_day_deadline_is_the_close_of_the_third_business_day()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation");

        // Opened Friday 6 March; the third business day after is Wednesday 11 March, closing 17:00 EDT.
        Assert.Equal(Instant("2026-03-11T21:00:00Z"), contract.ResolutionDeadline(Instant("2026-03-06T20:00:00Z")));
    }

    [Fact]
    public void Calendar_time_targets_count_every_hour_across_DST()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Audit.LondonBilling");

        // Saturday 28 March 2026 12:00 GMT; UK clocks go forward on Sunday 29 March, so the 48
        // hours of P2D end at 13:00 BST on Monday, not at the same wall-clock time.
        var opened = Instant("2026-03-28T12:00:00Z");

        Assert.Equal(Instant("2026-03-28T14:00:00Z"), contract.ResponseDeadline(opened));
        Assert.Equal(Instant("2026-03-30T12:00:00Z"), contract.ResolutionDeadline(opened));
    }

    [Fact]
    public void Every_deadline_agrees_with_the_SLA_clock_of_its_target()
    {
        using var compiled = new CompiledContracts(Contracts);
        var opened = Instant("2026-03-06T20:00:00Z");

        foreach (var contract in compiled.Registry)
        {
            foreach (var target in contract.Targets)
            {
                var status = contract.Evaluate(target.Metric, [new SlaEvent(opened, SlaEventKind.Start)], opened)!;
                var deadline = target.Metric == SlaMetric.FirstResponse ? contract.ResponseDeadline(opened) : contract.ResolutionDeadline(opened);
                Assert.Equal(status.Deadline, deadline);
            }
        }
    }

    [Fact]
    public void The_status_methods_evaluate_the_SLA_clock_with_its_warnings()
    {
        using var compiled = new CompiledContracts(Declarations.OneContract);
        var contract = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation");
        var opened = Instant("2026-03-06T20:00:00Z");

        // Three of the four business hours have elapsed by Monday 10:00 EDT: the 75 % warning is on.
        var status = (SlaStatus)CompiledContracts.Call(contract, "ResponseStatus", opened, Instant("2026-03-09T14:00:00Z"))!;

        Assert.Equal(Duration.FromHours(3), status.Elapsed);
        Assert.Equal(75, status.Warning);
        Assert.False(status.Breached);
        Assert.Equal([50, 75, 90], contract.Targets[0].WarningPercentages);
        Assert.Null(contract.Evaluate(SlaMetric.NextResponse, [new SlaEvent(opened, SlaEventKind.Start)], opened));
        var paused = contract.Evaluate(
            SlaMetric.FirstResponse,
            [new SlaEvent(opened, SlaEventKind.Start), new SlaEvent(Instant("2026-03-06T21:00:00Z"), SlaEventKind.Pause), new SlaEvent(Instant("2026-03-09T13:00:00Z"), SlaEventKind.Resume)],
            Instant("2026-03-09T14:00:00Z"))!;
        Assert.Equal(Duration.FromHours(2), paused.Elapsed);
    }

    [Fact]
    public void The_staff_check_reports_each_unmet_requirement()
    {
        using var compiled = new CompiledContracts(Declarations.CredentialsAndLanguages);
        var contract = compiled.Contract("Acme.Contracts.BilingualTaxPreparation");
        var date = new LocalDate(2026, 3, 6);
        var shift = WeeklyHours.Parse("Mon-Fri 18:30-02:30");
        var qualified = new StaffMember("p1", "Priya", "Pune", shift)
        {
            Credentials = [new Credential(CredentialKind.UsCertifiedPublicAccountant, Jurisdiction.Parse("US-IL")), new Credential(CredentialKind.UsEnrolledAgent, Country.US)],
            Languages = [new LanguageSkill(Language.English, CefrLevel.C2), new LanguageSkill(Language.Parse("es"), CefrLevel.B2)],
            RegulationFamiliarity = [Country.US],
        };
        var lacking = qualified with
        {
            Credentials = [new Credential(CredentialKind.UsCertifiedPublicAccountant, Jurisdiction.Parse("US-NY")), new Credential(CredentialKind.UsEnrolledAgent, Country.US, new LocalDate(2025, 12, 31))],
            Languages = [new LanguageSkill(Language.English, CefrLevel.B2)],
        };

        Assert.Empty(contract.CheckStaff(qualified, date));
        Assert.Equal(
            [
                ("credentials", DiagnosticIds.CredentialNotRecognized),
                ("credentials[1]", DiagnosticIds.CredentialExpired),
                ("languages[0]", DiagnosticIds.LanguageLevelTooLow),
                ("languages", DiagnosticIds.LanguageLevelTooLow),
            ],
            contract.CheckStaff(lacking, date).Select(v => (v.Path, v.RuleId)));
    }

    [Fact]
    public void A_contract_without_a_target_has_no_deadline()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Audit.OffshoreAuditOpinion");

        Assert.Null(contract.ResponseDeadline(Instant("2026-03-06T20:00:00Z")));
        Assert.Null(contract.ResolutionDeadline(Instant("2026-03-06T20:00:00Z")));
    }

    [Fact]
    public void The_registry_lists_every_contract_with_its_typed_values()
    {
        using var compiled = new CompiledContracts(Contracts);

        var all = compiled.Registry;

        Assert.Equal(["Acme.Audit.LondonBilling", "Acme.Audit.OffshoreAuditOpinion", "Acme.Contracts.NewYorkTaxPreparation"], all.Select(c => c.GetType().FullName));
        var tax = all[2];
        Assert.Equal(ServiceLine.TaxPreparation, tax.Service);
        Assert.Equal(Jurisdiction.Parse("US-NY"), tax.Client);
        Assert.Equal([Country.IN], tax.DeliveredFrom.Select(j => j.Country));
        Assert.Equal("America/New_York", tax.Coverage.Zone.Id);
        Assert.Equal(WeeklyHours.Parse("Mon-Fri 09:00-17:00"), tax.Coverage.Hours);
    }

    [Fact]
    public void Validation_reports_the_rule_engines_violations_for_each_delivery_jurisdiction()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Audit.OffshoreAuditOpinion");
        var date = new LocalDate(2026, 3, 6);

        var violations = contract.Validate(date, RuleSet.Default);

        var expected = new[] { Country.IN, Country.PH }
            .SelectMany(d => RuleSet.Default.Evaluate(ServiceLine.StatutoryAuditOpinion, Jurisdiction.Parse("US-NY"), d, date))
            .Select(v => v.Key + ": " + v.Message)
            .Distinct();
        Assert.Contains(violations, v => v.RuleId == DiagnosticIds.LicensedProfessionalRequired);
        Assert.Equal(expected, violations.Select(v => v.Key + ": " + v.Message));
        // US tax preparation from India declares no § 7216 consent, so the KPO1005 rule is what it breaks.
        Assert.Equal(["us-irc-7216-offshore-preparer"], compiled.Contract("Acme.Contracts.NewYorkTaxPreparation").Validate(date, RuleSet.Default).Select(v => v.Key));
    }

    [Fact]
    public void Coverage_is_analysed_against_delivery_calendars()
    {
        using var compiled = new CompiledContracts(Contracts);
        var contract = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation");
        var pune = new DeliveryCalendar("Pune", BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 18:30-02:30"));
        var week = new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 8));

        var analysis = contract.AnalyzeCoverage(week, [pune]);

        // Before 8 March New York is UTC-5: 09:00-17:00 is 14:00-22:00Z, and Pune's shift is 13:00-21:00Z.
        Assert.Equal(Duration.FromHours(40), analysis.Required);
        Assert.Equal(Duration.FromHours(35), analysis.Covered);
    }

    [Theory]
    [InlineData("Mon-Fri 09:00-17:00")]
    [InlineData("Sun-Thu 22:00-06:00; Fri 18:00-24:00")]
    [InlineData("Mon-Fri 08:00-12:00, 13:00-18:00; Sat 10:00-14:00")]
    [InlineData("Mon,Wed,Fri 09:00-17:00; Tue 10:00-11:00")]
    [InlineData("Sat-Mon 00:00-00:00")]
    [InlineData("Mon 00:00-24:00; Mon 12:00-06:00; Tue 23:30-00:30")]
    [InlineData("24x7")]
    [InlineData("closed")]
    public void The_coverage_hours_built_at_compile_time_equal_the_parsed_text(string hours)
    {
        string source = Declarations.OneContract.Replace("Mon-Fri 09:00-17:00", hours, StringComparison.Ordinal);
        using var compiled = new CompiledContracts(source);

        var coverage = compiled.Contract("Acme.Contracts.NewYorkTaxPreparation").Coverage;

        Assert.Equal(WeeklyHours.Parse(hours), coverage.Hours);
        Assert.Equal(WeeklyHours.Parse(hours).ToString(), coverage.Hours.ToString());
    }

    private static Instant Instant(string text) => InstantPattern.ExtendedIso.Parse(text).Value;
}
