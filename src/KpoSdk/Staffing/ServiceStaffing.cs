using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// The staffing of one agreed service in a <see cref="StaffingPlan"/>: who of the roster qualifies
/// and why the others do not, what the qualified staff leave uncovered of the client's hours, and
/// what the service still lacks.
/// </summary>
public sealed class ServiceStaffing
{
    private readonly Lazy<ImmutableArray<StaffAssessment>> _assessments;

    internal ServiceStaffing(int index, AgreedService service, ImmutableArray<StaffMember> qualified, Lazy<ImmutableArray<StaffAssessment>> assessments, CoverageAnalysis coverage, ImmutableArray<AgreementViolation> shortfalls)
    {
        Index = index;
        Service = service;
        Qualified = qualified;
        _assessments = assessments;
        Coverage = coverage;
        Shortfalls = shortfalls;
    }

    /// <summary>Gets the index of the service in <see cref="ServiceAgreement.Services"/>.</summary>
    public int Index { get; }

    /// <summary>Gets the agreed service.</summary>
    public AgreedService Service { get; }

    /// <summary>
    /// Gets every roster member's assessment for this service, in roster order. Made on first use:
    /// the plan finds the qualified staff through an index of the roster, and checks every member
    /// with every reason only when asked.
    /// </summary>
    public ImmutableArray<StaffAssessment> Assessments => _assessments.Value;

    /// <summary>Gets the roster members who qualify, in roster order.</summary>
    public ImmutableArray<StaffMember> Qualified { get; }

    /// <summary>Gets the roster members who do not qualify, each with the reasons.</summary>
    public ImmutableArray<StaffAssessment> NotQualified => [.. Assessments.Where(a => !a.Qualifies)];

    /// <summary>
    /// Gets how the qualified staff's shifts (each centre with the union of its qualified members'
    /// shifts, zone and holidays) cover the service's window over <see cref="StaffingPlan.CoverageDates"/>.
    /// With nobody qualified, nothing is covered.
    /// </summary>
    public CoverageAnalysis Coverage { get; }

    /// <summary>Gets the client business time the qualified staff leave uncovered.</summary>
    public Duration Uncovered => Coverage.Uncovered;

    /// <summary>
    /// Gets what the service still lacks with all qualified staff assigned: no licensed member for a
    /// signing act (KPO3001), no overlap with the window (KPO2002), part of the window uncovered
    /// (KPO3007). Paths point into the agreement (<c>services[0].team</c>).
    /// </summary>
    public ImmutableArray<AgreementViolation> Shortfalls { get; }

    /// <summary>Returns e.g. <c>"services[0] Payroll: 2 of 4 qualify, 1 h uncovered"</c>.</summary>
    public override string ToString() =>
        $"services[{Index}] {Service.Service}: {Qualified.Length} of {Assessments.Length} qualify, {Uncovered.TotalHours:0.#} h uncovered";
}
