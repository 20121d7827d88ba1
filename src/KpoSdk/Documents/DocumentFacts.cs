using KpoSdk.Documents.Model;

namespace KpoSdk.Documents;

/// <summary>
/// The runtime's documents as the knowledge base's document checks see them, so that those checks
/// (zones, catalog designations, rules, languages, grantable credentials) are written once, for
/// run-time validation, <c>kpo check</c> and the analyzers alike.
/// </summary>
internal static class DocumentFacts
{
    public static ProviderFacts Of(Provider provider) => new(
        provider.Name,
        [.. provider.Centers.Select(c => new CenterFacts(c.Name, c.Jurisdiction.Id))],
        [.. provider.Catalog.Offerings.Select(o => new OfferingFacts(
            o.Service,
            [.. o.Clients.Select(c => c.Id)],
            o.Centers,
            [.. o.Languages.Select(d => new DesignationFacts(d.Country.Row, [.. d.Languages.Select(l => l.Language.Row)]))]))]);

    public static RosterFacts Of(Roster roster) =>
        new([.. roster.Staff.Select(m => new StaffFacts(m.Id, m.Name, [.. m.Credentials.Select(c => new HeldCredential(c.Kind, c.GrantedBy.Id))]))]);

    public static AgreementFacts Of(ServiceAgreement agreement) => new(
        agreement.Client.Jurisdiction.Id,
        agreement.Client.BusinessHours.Zone.Id,
        Of(agreement.Provider),
        AgreementFacts.EffectiveSafeguards(agreement.Safeguards, thirdParty: agreement.Engagement == EngagementModel.ThirdParty),
        [.. agreement.Services.Select(s => new AgreedServiceFacts(s.Service, s.Centers, s.Coverage?.Zone.Id, [.. s.RequiredLanguages.Select(l => l.Language.Row)]))]);
}
