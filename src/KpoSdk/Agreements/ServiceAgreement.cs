using System.Collections.Immutable;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// An agreement under which a provider delivers services to a client: the agreement document (see
/// docs/json-format.md). <see cref="Validate(LocalDate)"/> checks it with the same rules, and the
/// same rule IDs, as the analyzers apply at compile time.
/// </summary>
/// <remarks>Equality is by value, including the order of every list.</remarks>
public sealed partial record ServiceAgreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="id">The agreement's identifier, e.g. <c>"MSA-2026-014"</c>.</param>
    /// <param name="client">The client.</param>
    /// <param name="provider">The provider, with its delivery centres and catalog.</param>
    /// <param name="engagement">Whether the provider is a third party or a captive of the client's group.</param>
    /// <param name="term">The first and last day of the agreement (both inclusive).</param>
    /// <param name="governingLaw">The jurisdiction whose law governs the agreement.</param>
    /// <param name="services">The services agreed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="client"/>, <paramref name="provider"/>, <paramref name="term"/> or a service is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="governingLaw"/> is <c>default</c>.</exception>
    public ServiceAgreement(
        string id,
        Client client,
        Provider provider,
        EngagementModel engagement,
        DateInterval term,
        Jurisdiction governingLaw,
        ImmutableArray<AgreedService> services)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(term);
        if (governingLaw.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place.", nameof(governingLaw));
        }

        Id = id;
        Client = client;
        Provider = provider;
        Engagement = engagement;
        Term = term;
        GoverningLaw = governingLaw;
        Services = services.OrEmpty();
        if (Services.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(services), "A service is null.");
        }
    }

    /// <summary>Gets the agreement's identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the client.</summary>
    public Client Client { get; }

    /// <summary>Gets the provider.</summary>
    public Provider Provider { get; }

    /// <summary>Gets whether the provider is a third party or a captive of the client's group.</summary>
    public EngagementModel Engagement { get; }

    /// <summary>Gets the first and last day of the agreement.</summary>
    public DateInterval Term { get; }

    /// <summary>Gets the jurisdiction whose law governs the agreement.</summary>
    public Jurisdiction GoverningLaw { get; }

    /// <summary>
    /// Gets the safeguards in place for the engagement (standard contractual clauses, the UK IDTA,
    /// a processor contract, a business associate agreement, …); none by default. Validation
    /// evaluates the rules with them, except <see cref="Safeguard.BindingCorporateRules"/> in a
    /// <see cref="EngagementModel.ThirdParty"/> engagement: binding corporate rules cover transfers
    /// within a group (a captive centre), not to an independent provider.
    /// </summary>
    public ImmutableArray<Safeguard> Safeguards
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>The safeguards that count for the rules under <see cref="Engagement"/>.</summary>
    internal IEnumerable<Safeguard> EffectiveSafeguards =>
        Engagement == EngagementModel.ThirdParty ? Safeguards.Where(s => s != Safeguard.BindingCorporateRules) : Safeguards;

    /// <summary>Gets the services agreed, in their declared order (violation paths index into it).</summary>
    public ImmutableArray<AgreedService> Services { get; }

    /// <inheritdoc/>
    public bool Equals(ServiceAgreement? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Client.Equals(other.Client)
        && Provider.Equals(other.Provider)
        && Engagement == other.Engagement
        && Term.Equals(other.Term)
        && GoverningLaw == other.GoverningLaw
        && Safeguards.ValueEquals(other.Safeguards)
        && Services.ValueEquals(other.Services);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Id, Client, Provider, Engagement, Term, GoverningLaw, Safeguards.ValueHash(), Services.ValueHash());

    /// <summary>Returns the ID, client and provider, e.g. <c>"MSA-2026-014: Hudson Tax LLC (US-NY) / Acme KPO"</c>.</summary>
    public override string ToString() => $"{Id}: {Client} / {Provider}";
}
