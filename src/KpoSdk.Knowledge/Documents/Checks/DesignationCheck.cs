using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO1004 on an agreed service: a service with no delivery centre, a centre the provider does not
/// have, or a service, client and centre combination that no catalog offering designates.
/// </summary>
internal static class DesignationCheck
{
    /// <summary>Reports, and returns the indices in <c>centers</c> of the service's centres that exist at the provider, with the centre.</summary>
    public static IReadOnlyList<(int Index, CenterFacts Center)> Check(AgreementFacts agreement, AgreedServiceFacts service, string path, FindingList findings)
    {
        var provider = agreement.Provider;
        var client = agreement.Client;
        string title = ServiceLines.Info(service.Service).Title;
        if (service.Centers.Count == 0)
        {
            findings.Add($"{path}.centers", DiagnosticIds.NotDesignatedInCatalog,
                $"{title} for a client in {JurisdictionText.Describe(client)} names no delivery centre; the provider '{provider.Name}' has {Names(provider.Centers.Select(c => c.Name))}.");
            return [];
        }

        var found = new List<(int, CenterFacts)>();
        for (int j = 0; j < service.Centers.Count; j++)
        {
            string name = service.Centers[j];
            string at = $"{path}.centers[{j}]";
            if (provider.FindCenter(name) is not { } center)
            {
                findings.Add(at, DiagnosticIds.NotDesignatedInCatalog,
                    $"The provider '{provider.Name}' has no delivery centre '{name}'; it has {Names(provider.Centers.Select(c => c.Name))}.");
                continue;
            }

            found.Add((j, center));
            if (!provider.Offerings.Any(o => o.Designates(service.Service, client, name)))
            {
                findings.Add(at, DiagnosticIds.NotDesignatedInCatalog,
                    $"{title} for a client in {JurisdictionText.Describe(client)} delivered from '{name}' ({Jurisdictions.Format(center.Jurisdiction)}) is not designated in the catalog of '{provider.Name}'; {Designated(provider, service.Service, client)}.");
            }
        }

        return found;
    }

    private static string Designated(ProviderFacts provider, ServiceLine service, JurisdictionId client)
    {
        var centres = provider.Offerings.Where(o => o.Service == service && o.IsFor(client)).SelectMany(o => o.Centers).Distinct(StringComparer.Ordinal).ToArray();
        if (centres.Length > 0)
        {
            return $"it designates this service for {Jurisdictions.Format(client)} only from {Names(centres)}";
        }

        var clients = provider.Offerings.Where(o => o.Service == service).SelectMany(o => o.Clients).Distinct().ToArray();
        return clients.Length > 0
            ? $"it designates this service only for clients in {string.Join(", ", clients.Select(Jurisdictions.Format))}"
            : "it does not designate this service at all";
    }

    private static string Names(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToArray();
        return quoted.Length == 0 ? "no centre" : string.Join(", ", quoted);
    }
}
