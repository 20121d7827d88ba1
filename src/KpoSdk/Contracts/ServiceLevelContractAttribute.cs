namespace KpoSdk.Contracts;

/// <summary>
/// Declares a service-level contract: one service delivered to a client jurisdiction from one or
/// more delivery jurisdictions. The KpoSdk generator completes the <c>partial</c> type it marks
/// with typed properties, the coverage calendar, deadline and evaluation methods and an
/// <see cref="IServiceLevelContract"/> implementation, all from values checked at compile time.
/// </summary>
/// <remarks>
/// <para>The type must be a top-level, non-generic, <c>partial</c> class or struct (a record is
/// fine) that is neither <c>static</c>, <c>abstract</c> nor file-local, with a parameterless
/// constructor (the implicit one is enough): the registry holds one instance of each contract.
/// It must also carry a <see cref="CoverageWindowAttribute"/>. Add
/// <see cref="ResponseTimeAttribute"/>, <see cref="ResolutionTimeAttribute"/>,
/// <see cref="RequiresCredentialAttribute"/> and <see cref="RequiresLanguageAttribute"/> as the
/// contract needs them.</para>
/// <para>When a declaration is invalid the generator emits nothing for the type, and the KpoSdk
/// analyzers report why (an unknown code as KPO0001, a type that is not partial as KPO9001, …).</para>
/// </remarks>
/// <example>
/// <code>
/// [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN PH")]
/// [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
/// [ResponseTime("PT4H")]
/// [ResolutionTime("P3D")]
/// public partial class NewYorkTaxPreparation;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ServiceLevelContractAttribute : Attribute
{
    /// <summary>Declares a contract for <paramref name="service"/>; set <see cref="Client"/> and <see cref="DeliveredFrom"/> too.</summary>
    /// <param name="service">The service delivered, a defined <see cref="ServiceLine"/> member.</param>
    public ServiceLevelContractAttribute(ServiceLine service)
    {
        Service = service;
    }

    /// <summary>Gets the service delivered.</summary>
    public ServiceLine Service { get; }

    /// <summary>
    /// Gets or sets the client's jurisdiction, whose law governs the service (required): an
    /// ISO 3166-1 country code (<c>"US"</c>, <c>"USA"</c> or <c>"840"</c>) or an ISO 3166-2
    /// subdivision code (<c>"US-NY"</c>), any case, as <see cref="Jurisdiction.Parse(string)"/> reads it.
    /// </summary>
    public string? Client { get; set; }

    /// <summary>
    /// Gets or sets the jurisdictions the service is delivered from (required): one or more codes
    /// of the form <see cref="Client"/> accepts, separated by spaces or commas, each once, primary
    /// first: <c>"IN PH"</c>, <c>"IN-MH, PH"</c>.
    /// </summary>
    public string? DeliveredFrom { get; set; }
}
