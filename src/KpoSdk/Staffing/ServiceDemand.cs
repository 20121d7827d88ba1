using System.Collections.Immutable;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// What one agreed service asks of each team member, with everything the checks need resolved:
/// the agreement's requirements merged with the catalog's language designations and the service
/// line's facts.
/// </summary>
internal sealed class ServiceDemand
{
    public ServiceDemand(AgreedService service, Jurisdiction client, ImmutableArray<LanguageRequirement> designatedLanguages, LocalDate date, string description)
    {
        Agreed = service;
        Client = client;
        Date = date;
        Description = description;
        Facts = ServiceLines.Info(service.Service);
        Languages = [.. service.RequiredLanguages.Concat(designatedLanguages)
            .GroupBy(r => r.Language)
            .Select(g => g.MaxBy(r => r.MinimumLevel))];
        CredentialRequirement = "one of " + string.Join(", ", service.RequiredCredentials);
    }

    /// <summary>What the agreement's service number <paramref name="index"/> demands, as of <paramref name="date"/>.</summary>
    public static ServiceDemand For(ServiceAgreement agreement, int index, LocalDate date, AgreedService? replacement = null)
    {
        var service = replacement ?? agreement.Services[index];
        var client = agreement.Client.Jurisdiction;
        return new ServiceDemand(
            service,
            client,
            agreement.Provider.Catalog.LanguagesFor(service.Service, client),
            date,
            $"services[{index}] ({ServiceLines.Info(service.Service).Title} for a client in {JurisdictionText.Describe(client.Id)})");
    }

    public AgreedService Agreed { get; }

    public ServiceLine Service => Agreed.Service;

    public Jurisdiction Client { get; }

    public LocalDate Date { get; }

    /// <summary>How messages name the service, e.g. "services[1] (Payroll for a client in Germany (DE))".</summary>
    public string Description { get; }

    public ServiceLineInfo Facts { get; }

    /// <summary>The languages every member needs: the agreement's and the catalog's, the higher level where both name one.</summary>
    public ImmutableArray<LanguageRequirement> Languages { get; }

    /// <summary>How messages name the credential requirement, e.g. "one of UsEnrolledAgent, UsCertifiedPublicAccountant".</summary>
    public string CredentialRequirement { get; }

    public string ClientText => JurisdictionText.Describe(Client.Id);

    public string Title => Facts.Title;
}
