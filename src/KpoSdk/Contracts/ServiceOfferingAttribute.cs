namespace KpoSdk.Contracts;

/// <summary>
/// One line of the provider's service catalog, declared on the assembly: a service the provider
/// designates for clients in some jurisdictions, delivered from others; repeat it for every
/// line. The analyzers report a contract whose service, client and delivery jurisdictions no
/// offering designates (KPO1004).
/// </summary>
/// <example><c>[assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN")]</c></example>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ServiceOfferingAttribute : Attribute
{
    /// <summary>Offers <paramref name="service"/>; set <see cref="Clients"/> and <see cref="DeliveredFrom"/> too.</summary>
    /// <param name="service">The service offered, a defined <see cref="ServiceLine"/> member.</param>
    public ServiceOfferingAttribute(ServiceLine service)
    {
        Service = service;
    }

    /// <summary>Gets the service offered.</summary>
    public ServiceLine Service { get; }

    /// <summary>
    /// Gets or sets the client jurisdictions the service is offered to (required): codes as
    /// <see cref="ServiceLevelContractAttribute.Client"/> accepts them, separated by spaces or
    /// commas (<c>"US CA"</c>). A country includes its subdivisions: <c>"US"</c> designates <c>"US-NY"</c>.
    /// </summary>
    public string? Clients { get; set; }

    /// <summary>
    /// Gets or sets the jurisdictions the service may be delivered from (required), in the form of
    /// <see cref="Clients"/>: <c>"IN PH"</c>.
    /// </summary>
    public string? DeliveredFrom { get; set; }

    /// <summary>
    /// Gets or sets the safeguards in place for every engagement under this line (optional), as
    /// <see cref="SafeguardsAttribute"/> declares them for a contract: the analyzers check the line's
    /// rules with them. A line is checked with its own safeguards only, not with those of the
    /// contracts it designates, since the catalog may serve contracts in other assemblies.
    /// </summary>
    public Safeguard[]? Safeguards { get; set; }
}
