using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// One service of a <see cref="ServiceAgreement"/>: the service line, the centres it is delivered
/// from, the window it must cover, what every team member must have, and the team.
/// </summary>
/// <remarks>Equality is by value, including the order of every list.</remarks>
public sealed record AgreedService
{
    /// <summary>Creates an agreed service.</summary>
    /// <param name="service">The service line.</param>
    /// <param name="deliveredFrom">The names of the provider's delivery centres it is delivered from.</param>
    /// <param name="team">The staff assigned to it.</param>
    /// <param name="coverage">The window to cover; null for the client's business hours.</param>
    /// <param name="requiredLanguages">Languages every team member must command, in addition to those the catalog designates for the client's country.</param>
    /// <param name="requiredCredentials">Credential kinds of which every team member must hold one that is valid and recognised for the service in the client's jurisdiction; empty for none.</param>
    /// <param name="minimumEducation">The education every team member must have at least; null for none.</param>
    /// <exception cref="ArgumentNullException">A centre name or a team member is null.</exception>
    public AgreedService(
        ServiceLine service,
        ImmutableArray<string> deliveredFrom,
        ImmutableArray<StaffMember> team = default,
        CoverageWindow? coverage = null,
        ImmutableArray<LanguageRequirement> requiredLanguages = default,
        ImmutableArray<CredentialKind> requiredCredentials = default,
        EducationLevel? minimumEducation = null)
    {
        Service = service;
        DeliveredFrom = deliveredFrom.OrEmpty();
        Team = team.OrEmpty();
        if (DeliveredFrom.Any(c => c is null) || Team.Any(m => m is null))
        {
            throw new ArgumentNullException(DeliveredFrom.Any(c => c is null) ? nameof(deliveredFrom) : nameof(team), "A list entry is null.");
        }

        Coverage = coverage;
        RequiredLanguages = requiredLanguages.OrEmpty();
        RequiredCredentials = requiredCredentials.OrEmpty();
        MinimumEducation = minimumEducation;
    }

    /// <summary>Gets the service line.</summary>
    public ServiceLine Service { get; }

    /// <summary>Gets the names of the delivery centres the service is delivered from.</summary>
    public ImmutableArray<string> DeliveredFrom { get; }

    /// <summary>Gets the staff assigned to the service.</summary>
    public ImmutableArray<StaffMember> Team { get; }

    /// <summary>Gets the window to cover; null for the client's business hours.</summary>
    public CoverageWindow? Coverage { get; }

    /// <summary>Gets the languages every team member must command, beyond the catalog's designations.</summary>
    public ImmutableArray<LanguageRequirement> RequiredLanguages { get; }

    /// <summary>Gets the credential kinds of which every team member must hold one; empty for none.</summary>
    public ImmutableArray<CredentialKind> RequiredCredentials { get; }

    /// <summary>Gets the minimum education of every team member; null for none.</summary>
    public EducationLevel? MinimumEducation { get; }

    /// <inheritdoc/>
    public bool Equals(AgreedService? other) =>
        other is not null
        && Service == other.Service
        && DeliveredFrom.ValueEquals(other.DeliveredFrom)
        && Team.ValueEquals(other.Team)
        && Equals(Coverage, other.Coverage)
        && RequiredLanguages.ValueEquals(other.RequiredLanguages)
        && RequiredCredentials.ValueEquals(other.RequiredCredentials)
        && MinimumEducation == other.MinimumEducation;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Service, DeliveredFrom.ValueHash(), Team.ValueHash(), Coverage, RequiredLanguages.ValueHash(), RequiredCredentials.ValueHash(), MinimumEducation);

    /// <summary>Returns e.g. <c>"Payroll from Krakow, Pune"</c>.</summary>
    public override string ToString() => $"{Service} from {string.Join(", ", DeliveredFrom)}";
}
