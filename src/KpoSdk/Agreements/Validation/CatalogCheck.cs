using System.Collections.Immutable;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO1004: a service with no delivery centre, a centre the provider does not have, or a
/// service, client and centre combination that no catalog offering designates.
/// </summary>
internal static class CatalogCheck
{
    /// <summary>Reports and returns the service's centres that exist at the provider, each with its index in <c>centers</c>.</summary>
    public static ImmutableArray<(int Index, DeliveryCenter Center)> Check(ServiceAgreement agreement, AgreedService service, string path, ViolationList violations)
    {
        var provider = agreement.Provider;
        var client = agreement.Client.Jurisdiction;
        string title = ServiceLines.Info(service.Service).Title;
        if (service.Centers.IsEmpty)
        {
            violations.Add($"{path}.centers", DiagnosticIds.NotDesignatedInCatalog,
                $"{title} for a client in {JurisdictionText.Describe(client.Id)} names no delivery centre; the provider '{provider.Name}' has {Names(provider.Centers.Select(c => c.Name))}.");
            return [];
        }

        var found = ImmutableArray.CreateBuilder<(int, DeliveryCenter)>();
        for (int j = 0; j < service.Centers.Length; j++)
        {
            string name = service.Centers[j];
            string at = $"{path}.centers[{j}]";
            if (provider.FindCenter(name) is not { } center)
            {
                violations.Add(at, DiagnosticIds.NotDesignatedInCatalog,
                    $"The provider '{provider.Name}' has no delivery centre '{name}'; it has {Names(provider.Centers.Select(c => c.Name))}.");
                continue;
            }

            found.Add((j, center));
            if (!provider.Catalog.Designates(service.Service, client, name))
            {
                violations.Add(at, DiagnosticIds.NotDesignatedInCatalog,
                    $"{title} for a client in {JurisdictionText.Describe(client.Id)} delivered from '{name}' ({center.Jurisdiction}) is not designated in the catalog of '{provider.Name}'; {Designated(provider.Catalog, service.Service, client)}.");
            }
        }

        return found.ToImmutable();
    }

    private static string Designated(ServiceCatalog catalog, ServiceLine service, Jurisdiction client)
    {
        var centres = catalog.OfferingsFor(service, client).SelectMany(o => o.Centers).Distinct(StringComparer.Ordinal).ToArray();
        if (centres.Length > 0)
        {
            return $"it designates this service for {client} only from {Names(centres)}";
        }

        var clients = catalog.Offerings.Where(o => o.Service == service).SelectMany(o => o.Clients).Distinct().ToArray();
        return clients.Length > 0
            ? $"it designates this service only for clients in {string.Join(", ", clients)}"
            : "it does not designate this service at all";
    }

    private static string Names(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToArray();
        return quoted.Length == 0 ? "no centre" : string.Join(", ", quoted);
    }
}
