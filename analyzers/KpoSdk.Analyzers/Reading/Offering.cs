using System.Collections.Immutable;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Analyzers.Reading;

/// <summary>One valid line of a service catalog: a service designated for client jurisdictions, delivered from others.</summary>
internal sealed class Offering
{
    public Offering(ServiceLine service, ImmutableArray<JurisdictionId> clients, ImmutableArray<JurisdictionId> deliveredFrom)
    {
        Service = service;
        Clients = clients;
        DeliveredFrom = deliveredFrom;
    }

    public ServiceLine Service { get; }

    public ImmutableArray<JurisdictionId> Clients { get; }

    public ImmutableArray<JurisdictionId> DeliveredFrom { get; }

    /// <summary>Whether the offering designates <paramref name="service"/> for <paramref name="client"/> from <paramref name="delivery"/>; a country includes its subdivisions.</summary>
    public bool Designates(ServiceLine service, JurisdictionId client, JurisdictionId delivery) =>
        service == Service && ContainsAny(Clients, client) && ContainsAny(DeliveredFrom, delivery);

    public bool IsFor(ServiceLine service, JurisdictionId client) => service == Service && ContainsAny(Clients, client);

    public static string Describe(JurisdictionId id) => JurisdictionText.Describe(id);

    private static bool ContainsAny(ImmutableArray<JurisdictionId> set, JurisdictionId id)
    {
        foreach (var member in set)
        {
            if (member.Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
