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
    /// <param name="centers">The names of the provider's delivery centres it is delivered from.</param>
    /// <exception cref="ArgumentNullException">A centre name is null.</exception>
    public AgreedService(ServiceLine service, ImmutableArray<string> centers)
    {
        Service = service;
        Centers = centers.OrEmpty();
        if (Centers.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(centers), "A centre name is null.");
        }
    }

    /// <summary>Gets the service line.</summary>
    public ServiceLine Service { get; }

    /// <summary>Gets the names of the delivery centres the service is delivered from.</summary>
    public ImmutableArray<string> Centers { get; }

    /// <summary>Gets the staff assigned to the service; none by default.</summary>
    /// <exception cref="ArgumentNullException">(init) A team member is null.</exception>
    public ImmutableArray<StaffMember> Team
    {
        get;
        init => field = value.OrEmpty().Any(m => m is null) ? throw new ArgumentNullException(nameof(value), "A team member is null.") : value.OrEmpty();
    } = [];

    /// <summary>Gets the window to cover; null (the default) for the client's business hours.</summary>
    public CoverageWindow? Coverage { get; init; }

    /// <summary>Gets the languages every team member must command, in addition to those the catalog designates for the client's country; none by default.</summary>
    public ImmutableArray<LanguageRequirement> RequiredLanguages
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>
    /// Gets the credential kinds of which every team member must hold one that is valid and
    /// recognised for the service in the client's jurisdiction; none by default.
    /// </summary>
    public ImmutableArray<CredentialKind> RequiredCredentials
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>Gets the education every team member must have at least; null (the default) for none.</summary>
    public EducationLevel? MinimumEducation { get; init; }

    /// <inheritdoc/>
    public bool Equals(AgreedService? other) =>
        other is not null
        && Service == other.Service
        && Centers.ValueEquals(other.Centers)
        && Team.ValueEquals(other.Team)
        && Equals(Coverage, other.Coverage)
        && RequiredLanguages.ValueEquals(other.RequiredLanguages)
        && RequiredCredentials.ValueEquals(other.RequiredCredentials)
        && MinimumEducation == other.MinimumEducation;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Service, Centers.ValueHash(), Team.ValueHash(), Coverage, RequiredLanguages.ValueHash(), RequiredCredentials.ValueHash(), MinimumEducation);

    /// <summary>Returns e.g. <c>"Payroll from Krakow, Pune"</c>.</summary>
    public override string ToString() => $"{Service} from {string.Join(", ", Centers)}";
}
