using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// One entry of a provider's <see cref="ServiceCatalog"/>: a service line it designates for clients
/// in some jurisdictions, delivered from some of its centres, with the languages staff must speak
/// for clients in each country.
/// </summary>
/// <remarks>A client jurisdiction that is a country covers its subdivisions (<c>US</c> covers <c>US-NY</c>).</remarks>
public sealed record ServiceOffering
{
    /// <summary>Creates an offering.</summary>
    /// <param name="service">The service line offered.</param>
    /// <param name="clients">The client jurisdictions it is designated for.</param>
    /// <param name="centers">The names of the delivery centres it is delivered from.</param>
    /// <exception cref="ArgumentException">A jurisdiction is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException">A centre name is null.</exception>
    public ServiceOffering(ServiceLine service, ImmutableArray<Jurisdiction> clients, ImmutableArray<string> centers)
    {
        Service = service;
        Clients = clients.OrEmpty();
        if (Clients.Any(c => c.IsDefault))
        {
            throw new ArgumentException("A client jurisdiction is default(Jurisdiction), which names no place.", nameof(clients));
        }

        Centers = centers.OrEmpty();
        if (Centers.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(centers), "A delivery centre name is null.");
        }
    }

    /// <summary>Gets the service line offered.</summary>
    public ServiceLine Service { get; }

    /// <summary>Gets the client jurisdictions the offering is designated for.</summary>
    public ImmutableArray<Jurisdiction> Clients { get; }

    /// <summary>Gets the names of the delivery centres the offering is delivered from.</summary>
    public ImmutableArray<string> Centers { get; }

    /// <summary>Gets the languages designated per client country; none by default.</summary>
    /// <exception cref="ArgumentNullException">(init) A designation is null.</exception>
    public ImmutableArray<LanguageDesignation> Languages
    {
        get;
        init => field = value.OrEmpty().Any(d => d is null) ? throw new ArgumentNullException(nameof(value), "A designation is null.") : value.OrEmpty();
    } = [];

    /// <summary>Gets whether the offering is designated for <paramref name="client"/>: one of <see cref="Clients"/> is it or contains it.</summary>
    public bool IsFor(Jurisdiction client) => Clients.Any(c => c.Contains(client));

    /// <summary>Gets whether the offering is delivered from the centre named <paramref name="center"/> (ordinal comparison).</summary>
    public bool IsDeliveredFrom(string center) => Centers.Contains(center, StringComparer.Ordinal);

    /// <summary>Gets the languages designated for clients in <paramref name="client"/>'s country; empty when none are.</summary>
    public ImmutableArray<LanguageRequirement> LanguagesFor(Jurisdiction client) =>
        [.. Languages.Where(d => d.Country == client.Country).SelectMany(d => d.Languages)];

    /// <inheritdoc/>
    public bool Equals(ServiceOffering? other) =>
        other is not null
        && Service == other.Service
        && Clients.ValueEquals(other.Clients)
        && Centers.ValueEquals(other.Centers)
        && Languages.ValueEquals(other.Languages);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Service, Clients.ValueHash(), Centers.ValueHash(), Languages.ValueHash());

    /// <summary>Returns e.g. <c>"Payroll for DE from Krakow, Pune"</c>.</summary>
    public override string ToString() => $"{Service} for {string.Join(" ", Clients)} from {string.Join(", ", Centers)}";
}
