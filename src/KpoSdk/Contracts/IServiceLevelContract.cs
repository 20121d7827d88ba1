using KpoSdk.Rules;
using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Contracts;

/// <summary>
/// A service-level contract: what is delivered, to and from where, in which hours, within which
/// times and by whom. The KpoSdk generator implements it on every type marked with
/// <see cref="ServiceLevelContractAttribute"/>; the generated registry lists every contract of an
/// assembly as this interface.
/// </summary>
public interface IServiceLevelContract
{
    /// <summary>Gets the service delivered.</summary>
    ServiceLine Service { get; }

    /// <summary>Gets the client's jurisdiction.</summary>
    Jurisdiction Client { get; }

    /// <summary>Gets the jurisdictions the service is delivered from, primary first.</summary>
    IReadOnlyList<Jurisdiction> DeliveredFrom { get; }

    /// <summary>Gets the coverage calendar: the client's business hours in the client's zone.</summary>
    BusinessCalendar Coverage { get; }

    /// <summary>Gets the service-level targets: the response target first, then the resolution target, each where declared.</summary>
    IReadOnlyList<ServiceLevelTarget> Targets { get; }

    /// <summary>Gets the credentials the staff must hold.</summary>
    IReadOnlyList<CredentialRequirement> RequiredCredentials { get; }

    /// <summary>Gets the languages the staff must command.</summary>
    IReadOnlyList<LanguageRequirement> RequiredLanguages { get; }

    /// <summary>Gets the safeguards declared in place (<see cref="SafeguardsAttribute"/>), which lift the rules they satisfy; empty when none are.</summary>
    IReadOnlyList<Safeguard> Safeguards { get; }

    /// <summary>Gets when the first response to a ticket opened at <paramref name="opened"/> is due, or null when the contract sets no response time.</summary>
    Instant? ResponseDeadline(Instant opened);

    /// <summary>Gets when a ticket opened at <paramref name="opened"/> must be resolved, or null when the contract sets no resolution time.</summary>
    Instant? ResolutionDeadline(Instant opened);

    /// <summary>
    /// Evaluates the SLA clock of one ticket for the target of <paramref name="metric"/>: the
    /// clock replayed from <paramref name="history"/> (start, pauses, resumes, stop), as at
    /// <paramref name="at"/>. Null when the contract sets no target for the metric.
    /// </summary>
    /// <param name="metric"><see cref="SlaMetric.FirstResponse"/> for the response target, <see cref="SlaMetric.Resolution"/> for the resolution target.</param>
    /// <param name="history">The ticket's clock events, in order, starting with a start event.</param>
    /// <param name="at">When to evaluate; not before the start.</param>
    /// <exception cref="SlaEventException">The history is out of order or impossible.</exception>
    SlaStatus? Evaluate(SlaMetric metric, IEnumerable<SlaEvent> history, Instant at);

    /// <summary>
    /// Analyses how the delivery centres' calendars cover <see cref="Coverage"/> on the client's
    /// <paramref name="dates"/>.
    /// </summary>
    /// <param name="dates">The client's local dates, both ends included.</param>
    /// <param name="centers">The delivery centres' calendars, in follow-the-sun order.</param>
    CoverageAnalysis AnalyzeCoverage(DateInterval dates, IEnumerable<DeliveryCalendar> centers);

    /// <summary>
    /// Re-checks the contract, with its <see cref="Safeguards"/>, against the rules it was built
    /// with (the default rules and the project's kpo.rules.json, as the analyzers applied them) on
    /// <paramref name="date"/>: a contract that builds without rule diagnostics validates clean on
    /// the build's rules date. Empty when the contract may be performed.
    /// </summary>
    IReadOnlyList<RuleViolation> Validate(LocalDate date);

    /// <summary>
    /// Re-checks the contract, with its <see cref="Safeguards"/>, against <paramref name="rules"/>
    /// on <paramref name="date"/>: every rule violation of the service delivered from each delivery
    /// jurisdiction to the client (sanctions, signing acts, personal-data transfers, required
    /// safeguards). Empty when the contract may be performed.
    /// </summary>
    IReadOnlyList<RuleViolation> Validate(LocalDate date, RuleSet rules);

    /// <summary>
    /// Checks a staff member against the contract's requirements on <paramref name="date"/>
    /// (the same checks as agreement validation): credentials held and valid, languages at their
    /// levels, familiarity with the client's regulation. Empty when the member may work on it.
    /// </summary>
    IReadOnlyList<AgreementViolation> CheckStaff(StaffMember member, LocalDate date);
}
