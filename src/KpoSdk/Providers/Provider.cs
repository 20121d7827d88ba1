using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// A KPO provider: its name, home jurisdiction, delivery centres and service catalog. Serialized on
/// its own, this is the catalog document (see docs/json-format.md).
/// </summary>
public sealed record Provider
{
    /// <summary>Creates a provider.</summary>
    /// <param name="name">The provider's name.</param>
    /// <param name="headquarters">The jurisdiction the provider is established in.</param>
    /// <param name="centers">The delivery centres, whose names must be unique.</param>
    /// <param name="catalog">What the provider designates; <see cref="ServiceCatalog.Empty"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or a centre is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="headquarters"/> is <c>default</c>.</exception>
    public Provider(string name, Jurisdiction headquarters, ImmutableArray<DeliveryCenter> centers, ServiceCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (headquarters.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place.", nameof(headquarters));
        }

        Name = name;
        Headquarters = headquarters;
        Centers = centers.OrEmpty();
        if (Centers.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(centers), "A delivery centre is null.");
        }

        Catalog = catalog ?? ServiceCatalog.Empty;
    }

    /// <summary>Gets the provider's name.</summary>
    public string Name { get; }

    /// <summary>Gets the jurisdiction the provider is established in.</summary>
    public Jurisdiction Headquarters { get; }

    /// <summary>Gets the delivery centres, in their declared order.</summary>
    public ImmutableArray<DeliveryCenter> Centers { get; }

    /// <summary>Gets the service catalog.</summary>
    public ServiceCatalog Catalog { get; }

    /// <summary>Finds a delivery centre by its exact name (ordinal); null when the provider has none of that name.</summary>
    public DeliveryCenter? FindCenter(string name) => Centers.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public bool Equals(Provider? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Headquarters == other.Headquarters
        && Centers.ValueEquals(other.Centers)
        && Catalog.Equals(other.Catalog);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Headquarters, Centers.ValueHash(), Catalog);

    /// <summary>Returns the provider's name.</summary>
    public override string ToString() => Name;
}
