using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Model;

/// <summary>
/// An agreement as the knowledge base's document checks see it: the client's jurisdiction and
/// business-hours zone, the provider, the safeguards that count for the rules, and the services.
/// </summary>
internal sealed class AgreementFacts
{
    public AgreementFacts(JurisdictionId client, string businessZone, ProviderFacts provider, SafeguardSet safeguards, IReadOnlyList<AgreedServiceFacts> services)
    {
        Client = client;
        BusinessZone = businessZone;
        Provider = provider;
        Safeguards = safeguards;
        Services = services;
    }

    public JurisdictionId Client { get; }

    /// <summary>The zone of the client's business hours.</summary>
    public string BusinessZone { get; }

    public ProviderFacts Provider { get; }

    /// <summary>The safeguards the rules are evaluated with (<see cref="EffectiveSafeguards"/> of those declared).</summary>
    public SafeguardSet Safeguards { get; }

    public IReadOnlyList<AgreedServiceFacts> Services { get; }

    /// <summary>
    /// The declared safeguards that count for the rules: all of them, except binding corporate rules
    /// in a third-party engagement (they cover transfers within a group, a captive centre, not to an
    /// independent provider).
    /// </summary>
    public static SafeguardSet EffectiveSafeguards(IEnumerable<Safeguard> declared, bool thirdParty) =>
        SafeguardSet.Of(thirdParty ? declared.Where(s => s != Safeguard.BindingCorporateRules) : declared);
}
