using KpoSdk.Rules;
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

    /// <summary>Gets the credentials the staff must hold.</summary>
    IReadOnlyList<CredentialRequirement> RequiredCredentials { get; }

    /// <summary>Gets the languages the staff must command.</summary>
    IReadOnlyList<LanguageRequirement> RequiredLanguages { get; }

    /// <summary>Gets when the first response to a ticket opened at <paramref name="opened"/> is due, or null when the contract sets no response time.</summary>
    Instant? ResponseDeadline(Instant opened);

    /// <summary>Gets when a ticket opened at <paramref name="opened"/> must be resolved, or null when the contract sets no resolution time.</summary>
    Instant? ResolutionDeadline(Instant opened);

    /// <summary>
    /// Analyses how the delivery centres' calendars cover <see cref="Coverage"/> on the client's
    /// <paramref name="dates"/>.
    /// </summary>
    /// <param name="dates">The client's local dates, both ends included.</param>
    /// <param name="centers">The delivery centres' calendars, in follow-the-sun order.</param>
    CoverageAnalysis AnalyzeCoverage(DateInterval dates, IEnumerable<DeliveryCalendar> centers);

    /// <summary>
    /// Re-checks the contract against <paramref name="rules"/> on <paramref name="date"/>: every
    /// rule violation of the service delivered from each delivery jurisdiction to the client
    /// (sanctions, signing acts, personal-data transfers). Empty when the contract may be performed.
    /// </summary>
    IReadOnlyList<RuleViolation> Validate(LocalDate date, RuleSet rules);
}
