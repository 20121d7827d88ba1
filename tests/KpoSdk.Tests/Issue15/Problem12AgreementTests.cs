using System.Collections.Immutable;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problems 12 and 13 (agreements): Validate threw on documents that read (a term at
/// the end of the supported range, a holiday in 9999), and a 10,000-service agreement took 2 s to
/// read and 6 s to validate, allocating about 8 GB. Allocation is the measure, not wall-clock time.
/// </summary>
public sealed class Problem12AgreementTests
{
    private static readonly LocalDate Checked = new(2026, 3, 2);

    private static ServiceAgreement NewYorkTax(DateInterval? term = null, Client? client = null, ImmutableArray<AgreedService>? services = null)
    {
        var a = Samples.NewYorkTax;
        return Samples.Agreement(a.Id, client ?? a.Client, a.Provider, a.Engagement, term ?? a.Term, a.GoverningLaw, services ?? a.Services, a.Safeguards);
    }

    private static StaffMember WithShift(StaffMember m, WeeklyHours shift) =>
        new(m.Id, m.Name, m.Center, shift) { Education = m.Education, Credentials = m.Credentials, Languages = m.Languages, RegulationFamiliarity = m.RegulationFamiliarity };

    [Fact]
    public void Problem12_a_term_at_the_end_of_the_supported_range_validates()
    {
        var agreement = NewYorkTax(term: new DateInterval(new LocalDate(9999, 12, 1), LocalDate.MaxIsoValue));

        var violations = agreement.Validate(new LocalDate(9999, 12, 5));

        Assert.DoesNotContain(violations, v => v.RuleId is DiagnosticIds.NoShiftOverlap or DiagnosticIds.ShiftDoesNotCoverWindow);
    }

    [Theory]
    [InlineData("24x7")]
    [InlineData("Mon-Fri 09:00-17:00")]
    public void Problem12_a_holiday_in_9999_validates(string hours)
    {
        var window = new CoverageWindow(DateTimeZoneProviders.Tzdb["America/New_York"], WeeklyHours.Parse(hours)) { Holidays = [new LocalDate(9999, 12, 31), new LocalDate(9999, 12, 29)] };
        var agreement = NewYorkTax(client: new Client(Samples.NewYorkTax.Client.Name, Samples.NewYorkTax.Client.Jurisdiction, window));

        var json = KpoJson.Serialize(agreement);
        var read = KpoJson.ReadAgreement(json);

        Assert.NotEmpty(read.Validate(Checked));
    }

    [Theory]
    [InlineData("24x7")]
    [InlineData("closed")]
    public void Problem12_a_business_calendar_takes_holidays_and_overrides_up_to_9999_12_31(string hours)
    {
        var calendar = BusinessCalendar.Create("UTC", hours)
            .WithHoliday(LocalDate.MaxIsoValue)
            .WithOverride(HoursOverride.Open(new LocalDate(9999, 12, 29), "09:00-17:00"));

        Assert.Equal(hours == "24x7", calendar.IsOpen(Instant.FromUtc(2100, 1, 1, 12, 0)));
    }

    [Fact]
    public void Problem13_a_10000_service_agreement_reads_and_validates_in_bounded_memory()
    {
        var services = Enumerable.Repeat(Samples.NewYorkTax.Services[0], 10_000).ToImmutableArray();
        string json = KpoJson.Serialize(NewYorkTax(services: services));
        ServiceAgreement? agreement = null;
        ImmutableArray<AgreementViolation> violations = [];

        long read = Bounded.Allocated(() => agreement = KpoJson.ReadAgreement(json));
        long validate = Bounded.Allocated(() => violations = agreement!.Validate(Checked));

        // Reading allocated 203 MB and validating 4,956 MB (500 KB a service) before.
        Assert.True(read < 40L * json.Length, $"reading {json.Length:N0} characters allocated {read:N0} bytes");
        Assert.True(validate < 20_000L * services.Length, $"validating {services.Length:N0} services allocated {validate:N0} bytes");
        Assert.Equal(10_000 * NewYorkTax(services: [services[0]]).Validate(Checked).Length, violations.Length);
    }

    [Fact]
    public void Problem13_validation_allocates_linearly_in_services_that_differ()
    {
        // Services whose teams work different shifts share no calendar; cost must still be linear.
        static ServiceAgreement With(int n) => NewYorkTax(services: [.. Enumerable.Range(0, n).Select(i =>
        {
            var service = Samples.NewYorkTax.Services[0];
            var shift = WeeklyHours.Parse(FormattableString.Invariant($"Mon-Fri {8 + (i % 10):00}:{i / 10 % 60:00}-17:00"));
            return service with { Team = [.. service.Team.Select(m => WithShift(m, shift))] };
        })]);

        var small = With(50);
        var large = With(400);
        small.Validate(Checked);

        long a = Bounded.Allocated(() => small.Validate(Checked));
        long b = Bounded.Allocated(() => large.Validate(Checked));

        Assert.True(b < 12 * a, $"{a:N0} bytes for 50 services, {b:N0} for 400");
    }
}
