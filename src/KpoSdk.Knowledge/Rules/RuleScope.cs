namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// Where a rule applies: service selectors ("all", "personal-data", "signing-acts",
/// "category:Legal" or a <see cref="ServiceLine"/> name), the routes it covers, and optionally
/// the condition that the delivery is outside the client's licensing jurisdiction.
/// </summary>
internal sealed class RuleScope
{
    public RuleScope(IReadOnlyList<string> services, IReadOnlyList<RuleRoute> routes, LicensingComparison? deliveryOutsideClient = null)
    {
        Services = services ?? throw new ArgumentNullException(nameof(services));
        Routes = routes ?? throw new ArgumentNullException(nameof(routes));
        DeliveryOutsideClient = deliveryOutsideClient;
    }

    public IReadOnlyList<string> Services { get; }

    public IReadOnlyList<RuleRoute> Routes { get; }

    public LicensingComparison? DeliveryOutsideClient { get; }
}
