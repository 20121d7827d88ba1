using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// What a provider designates: which service lines, for clients in which jurisdictions, from which
/// of its delivery centres, and with which languages. An agreement that combines a service, a
/// client and a centre that no offering designates is reported as
/// <see cref="DiagnosticIds.NotDesignatedInCatalog"/> (KPO1004).
/// </summary>
public sealed record ServiceCatalog
{
    /// <summary>Creates a catalog.</summary>
    /// <exception cref="ArgumentNullException">An offering is null.</exception>
    public ServiceCatalog(ImmutableArray<ServiceOffering> offerings)
    {
        Offerings = offerings.OrEmpty();
        if (Offerings.Any(o => o is null))
        {
            throw new ArgumentNullException(nameof(offerings), "An offering is null.");
        }
    }

    /// <summary>Gets a catalog that designates nothing.</summary>
    public static ServiceCatalog Empty { get; } = new([]);

    /// <summary>Gets the offerings, in their declared order.</summary>
    public ImmutableArray<ServiceOffering> Offerings { get; }

    /// <summary>Gets whether some offering designates <paramref name="service"/> for <paramref name="client"/> from the centre named <paramref name="center"/>.</summary>
    public bool Designates(ServiceLine service, Jurisdiction client, string center) =>
        Offerings.Any(o => o.Service == service && o.IsFor(client) && o.IsDeliveredFrom(center));

    /// <summary>Gets the offerings of <paramref name="service"/> designated for <paramref name="client"/>.</summary>
    public IEnumerable<ServiceOffering> OfferingsFor(ServiceLine service, Jurisdiction client) =>
        Offerings.Where(o => o.Service == service && o.IsFor(client));

    /// <summary>
    /// Gets the languages the catalog designates for <paramref name="service"/> to clients in
    /// <paramref name="client"/>'s country, across its matching offerings; where two name the same
    /// language, the higher level wins.
    /// </summary>
    public ImmutableArray<LanguageRequirement> LanguagesFor(ServiceLine service, Jurisdiction client) =>
        [.. OfferingsFor(service, client)
            .SelectMany(o => o.LanguagesFor(client))
            .GroupBy(r => r.Language)
            .Select(g => g.MaxBy(r => r.MinimumLevel))];

    /// <inheritdoc/>
    public bool Equals(ServiceCatalog? other) => other is not null && Offerings.ValueEquals(other.Offerings);

    /// <inheritdoc/>
    public override int GetHashCode() => Offerings.ValueHash();
}
