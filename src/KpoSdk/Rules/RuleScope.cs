namespace KpoSdk.Rules;

/// <summary>
/// Where a rule applies: which service lines, which client-to-delivery routes, and whether it
/// applies only when the delivery is outside the client's licensing jurisdiction (signing acts).
/// </summary>
public sealed class RuleScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="services">
    /// Service selectors: <c>"all"</c>, <c>"personal-data"</c> (lines that handle personal data),
    /// <c>"signing-acts"</c>, <c>"category:Legal"</c> (a <see cref="ServiceCategory"/>), or a
    /// <see cref="ServiceLine"/> name such as <c>"Payroll"</c>.
    /// </param>
    /// <param name="routes">The directions covered; the rule applies when any one matches.</param>
    /// <param name="deliveryOutsideClient">
    /// When true, the rule applies only when the delivery is outside the client's licensing
    /// jurisdiction: another country, or, in <paramref name="subdivisionLicensingCountries"/>,
    /// another top-level subdivision than the client's.
    /// </param>
    /// <param name="subdivisionLicensingCountries">Countries that license per subdivision (US states); only with <paramref name="deliveryOutsideClient"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="routes"/> is null.</exception>
    /// <exception cref="ArgumentException">A list is empty or holds null or <c>default(Country)</c>, or licensing countries are given without <paramref name="deliveryOutsideClient"/>.</exception>
    public RuleScope(IEnumerable<string> services, IEnumerable<RuleRoute> routes, bool deliveryOutsideClient = false, IEnumerable<Country>? subdivisionLicensingCountries = null)
    {
        Services = (services ?? throw new ArgumentNullException(nameof(services))).ToArray();
        Routes = (routes ?? throw new ArgumentNullException(nameof(routes))).ToArray();
        if (Services.Count == 0 || Routes.Count == 0)
        {
            throw new ArgumentException("A scope needs at least one service selector and one route.", Services.Count == 0 ? nameof(services) : nameof(routes));
        }

        if (Services.Any(s => s is null) || Routes.Any(r => r is null))
        {
            throw new ArgumentException("A scope's service selectors and routes must not be null.", Services.Any(s => s is null) ? nameof(services) : nameof(routes));
        }

        DeliveryOutsideClient = deliveryOutsideClient;
        SubdivisionLicensingCountries = subdivisionLicensingCountries?.ToArray() ?? [];
        if (SubdivisionLicensingCountries.Any(c => c.IsDefault))
        {
            throw new ArgumentException("default(Country) names no country; use a static member such as Country.US.", nameof(subdivisionLicensingCountries));
        }
        if (!deliveryOutsideClient && SubdivisionLicensingCountries.Count > 0)
        {
            throw new ArgumentException("Subdivision licensing countries only apply when deliveryOutsideClient is true.", nameof(subdivisionLicensingCountries));
        }
    }

    /// <summary>Gets the service selectors.</summary>
    public IReadOnlyList<string> Services { get; }

    /// <summary>Gets the routes.</summary>
    public IReadOnlyList<RuleRoute> Routes { get; }

    /// <summary>Gets whether the rule applies only to deliveries outside the client's licensing jurisdiction.</summary>
    public bool DeliveryOutsideClient { get; }

    /// <summary>Gets the countries where the licensing jurisdiction is the client's top-level subdivision.</summary>
    public IReadOnlyList<Country> SubdivisionLicensingCountries { get; }
}
