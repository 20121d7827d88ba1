namespace KpoSdk.Documents.Model;

/// <summary>
/// A provider (a catalog document, or the provider of an agreement) as the knowledge base's
/// document checks see it: what the country/service rules, the catalog designation and the
/// language checks need, and nothing that needs NodaTime. The runtime builds it from a
/// <c>Provider</c>; the analyzers' reader from the JSON text.
/// </summary>
internal sealed class ProviderFacts
{
    public ProviderFacts(string name, IReadOnlyList<CenterFacts> centers, IReadOnlyList<OfferingFacts> offerings)
    {
        Name = name;
        Centers = centers;
        Offerings = offerings;
    }

    public string Name { get; }

    public IReadOnlyList<CenterFacts> Centers { get; }

    public IReadOnlyList<OfferingFacts> Offerings { get; }

    /// <summary>The first centre named <paramref name="name"/> (ordinal), as <c>Provider.FindCenter</c> finds it; null when there is none.</summary>
    public CenterFacts? FindCenter(string name)
    {
        foreach (var center in Centers)
        {
            if (string.Equals(center.Name, name, StringComparison.Ordinal))
            {
                return center;
            }
        }

        return null;
    }
}
