using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Documents.Model;

/// <summary>One offering of a catalog: a service for client jurisdictions from named centres, with the languages staff must command per client country.</summary>
internal sealed class OfferingFacts
{
    public OfferingFacts(ServiceLine service, IReadOnlyList<JurisdictionId> clients, IReadOnlyList<string> centers, IReadOnlyList<DesignationFacts> languages)
    {
        Service = service;
        Clients = clients;
        Centers = centers;
        Languages = languages;
    }

    public ServiceLine Service { get; }

    public IReadOnlyList<JurisdictionId> Clients { get; }

    public IReadOnlyList<string> Centers { get; }

    public IReadOnlyList<DesignationFacts> Languages { get; }

    /// <summary>Whether one of the offering's clients is or contains <paramref name="client"/> (a country covers its subdivisions).</summary>
    public bool IsFor(JurisdictionId client) => Clients.Any(c => c.Contains(client));

    /// <summary>Whether the offering is for <paramref name="service"/> to <paramref name="client"/> from the centre named <paramref name="center"/>.</summary>
    public bool Designates(ServiceLine service, JurisdictionId client, string center) =>
        Service == service && IsFor(client) && Centers.Contains(center, StringComparer.Ordinal);
}
