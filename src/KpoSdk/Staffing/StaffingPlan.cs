using System.Collections.Immutable;
using KpoSdk.Agreements.Validation;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// Who of a roster can staff each service of an agreement, why the others cannot, and what of the
/// client's business hours stays uncovered when every qualified person is assigned (measured with
/// <see cref="Time.CoverageAnalysis"/>). The qualification checks are those of
/// <see cref="ServiceAgreement.Validate(LocalDate)"/> for team members, with the same rule IDs.
/// </summary>
public sealed class StaffingPlan
{
    private StaffingPlan(ServiceAgreement agreement, Roster roster, LocalDate date, DateInterval coverageDates, ImmutableArray<ServiceStaffing> services)
    {
        Agreement = agreement;
        Roster = roster;
        Date = date;
        CoverageDates = coverageDates;
        Services = services;
    }

    /// <summary>Gets the agreement planned for.</summary>
    public ServiceAgreement Agreement { get; }

    /// <summary>Gets the roster drawn from.</summary>
    public Roster Roster { get; }

    /// <summary>Gets the date on which credentials must be valid.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the client's dates over which coverage is measured.</summary>
    public DateInterval CoverageDates { get; }

    /// <summary>Gets the staffing of each agreed service, in agreement order.</summary>
    public ImmutableArray<ServiceStaffing> Services { get; }

    /// <summary>Gets whether every service has qualified staff, a licensed member where one is needed, and full coverage.</summary>
    public bool IsComplete => Services.All(s => s.Shortfalls.IsEmpty && !s.Qualified.IsEmpty);

    /// <summary>
    /// Plans the staffing of <paramref name="agreement"/> from <paramref name="roster"/>, checking
    /// credentials as of <paramref name="date"/> and coverage over <paramref name="coverageDates"/>.
    /// The agreement's own teams are ignored: the roster is the pool.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999, or <paramref name="coverageDates"/> outside 1900 to 2149.</exception>
    public static StaffingPlan Create(ServiceAgreement agreement, Roster roster, LocalDate date, DateInterval coverageDates)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(coverageDates);
        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Expected a date in the years 1 to 9999, the range of the rule data.");
        }

        // The services of one agreement mostly share the client's window and the centres' shifts.
        var cache = new CoverageCache();
        var services = ImmutableArray.CreateBuilder<ServiceStaffing>(agreement.Services.Length);
        for (int i = 0; i < agreement.Services.Length; i++)
        {
            services.Add(Plan(agreement, roster, i, date, coverageDates, cache));
        }

        return new StaffingPlan(agreement, roster, date, coverageDates, services.MoveToImmutable());
    }

    /// <summary>
    /// Plans as <see cref="Create(ServiceAgreement, Roster, LocalDate, DateInterval)"/>, measuring
    /// coverage over the days <see cref="ServiceAgreement.Validate(LocalDate)"/> uses: the term from
    /// <paramref name="date"/>, at most 365 days.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The term lies entirely outside 1900 to 2149, where coverage cannot be measured.</exception>
    public static StaffingPlan Create(ServiceAgreement agreement, Roster roster, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var dates = CoverageCheck.Horizon(agreement.Term, date, AgreementValidationOptions.Default.CoverageDays)
            ?? throw new ArgumentException($"The term {agreement.Term} lies outside 1900 to 2149, where coverage can be measured.", nameof(agreement));
        return Create(agreement, roster, date, dates);
    }

    private static ServiceStaffing Plan(ServiceAgreement agreement, Roster roster, int index, LocalDate date, DateInterval dates, CoverageCache cache)
    {
        var demand = ServiceDemand.For(agreement, index, date);
        // The index leaves out only members who fail a check; the full check still decides for the rest.
        var candidates = StaffIndex.Of(roster).Candidates(demand);
        var qualified = ImmutableArray.CreateBuilder<StaffMember>(candidates.Count);
        var findings = new List<StaffFinding>();
        foreach (int k in candidates)
        {
            findings.Clear();
            StaffQualification.Check(roster.Staff[k], demand, findings);
            if (findings.Count == 0)
            {
                qualified.Add(roster.Staff[k]);
            }
        }

        return Complete(agreement, roster, index, date, dates, qualified.DrainToImmutable(), cache);
    }

    /// <summary>
    /// The staffing of service <paramref name="index"/> once its <paramref name="qualified"/> staff
    /// are known (in roster order): the shortfalls and coverage with all of them assigned, and the
    /// assessment of every roster member, made when first asked for. Calendars and analyses come
    /// from <paramref name="cache"/>, shared by the services of one agreement.
    /// </summary>
    internal static ServiceStaffing Complete(ServiceAgreement agreement, Roster roster, int index, LocalDate date, DateInterval dates, ImmutableArray<StaffMember> qualified, CoverageCache cache)
    {
        var original = agreement.Services[index];
        var staffed = original with { Team = qualified };
        var staffedDemand = ServiceDemand.For(agreement, index, date, staffed);
        var shortfalls = new ViolationList();
        string path = $"services[{index}]";
        LicenseHolderCheck.Check(staffedDemand, path, shortfalls);

        // With nobody qualified, coverage is by nobody, not by the centres' nominal shifts.
        var coverage = staffed.Team.IsEmpty
            ? new ServiceCoverage(original.Coverage ?? agreement.Client.BusinessHours, true, [], CoverageCheck.Analyze((original.Coverage ?? agreement.Client.BusinessHours).ToCalendar(), dates, []))
            : CoverageCheck.Measure(agreement, staffed, [], dates, cache);
        CoverageCheck.Report(coverage, path, staffedDemand.Description, shortfalls);
        var assessments = new Lazy<ImmutableArray<StaffAssessment>>(() => Assess(roster, ServiceDemand.For(agreement, index, date)));
        return new ServiceStaffing(index, original, qualified, assessments, coverage.Analysis, shortfalls.ToImmutable());
    }

    /// <summary>Every roster member against the service, with every reason: all pairs, as a reader of the plan's reasons needs them.</summary>
    internal static ImmutableArray<StaffAssessment> Assess(Roster roster, ServiceDemand demand)
    {
        var assessments = ImmutableArray.CreateBuilder<StaffAssessment>(roster.Staff.Length);
        for (int k = 0; k < roster.Staff.Length; k++)
        {
            var reasons = new ViolationList();
            reasons.AddStaff($"staff[{k}]", StaffQualification.Check(roster.Staff[k], demand));
            assessments.Add(new StaffAssessment(roster.Staff[k], reasons.ToImmutable()));
        }

        return assessments.MoveToImmutable();
    }
}
