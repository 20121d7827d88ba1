namespace KpoSdk.Knowledge.Contracts;

/// <summary>
/// The names of the contract attributes of <c>KpoSdk.Contracts</c> (declared in the runtime
/// assembly, which the generator and the analyzers must not load) and of their named arguments.
/// The shared declaration reader recognises attributes and arguments by these names only; a test
/// of the runtime checks each against the attribute types by reflection, so a renamed property
/// fails the build of the tests rather than silently escaping every check.
/// </summary>
internal static class ContractAttributeNames
{
    /// <summary>The namespace of every contract attribute.</summary>
    public const string Namespace = "KpoSdk.Contracts";

    public const string ServiceLevelContract = "ServiceLevelContractAttribute";

    public const string CoverageWindow = "CoverageWindowAttribute";

    public const string ResponseTime = "ResponseTimeAttribute";

    public const string ResolutionTime = "ResolutionTimeAttribute";

    public const string RequiresCredential = "RequiresCredentialAttribute";

    public const string RequiresLanguage = "RequiresLanguageAttribute";

    public const string ServiceOffering = "ServiceOfferingAttribute";

    public const string Safeguards = "SafeguardsAttribute";

    /// <summary><c>[assembly: ServiceOffering(…, Safeguards = new[] { Safeguard.ProcessorContract })]</c>.</summary>
    public const string OfferingSafeguards = "Safeguards";

    /// <summary>The metadata name <c>ForAttributeWithMetadataName</c> looks for.</summary>
    public const string ServiceLevelContractMetadataName = Namespace + "." + ServiceLevelContract;

    /// <summary><c>[ServiceLevelContract(…, Client = "US-NY")]</c>.</summary>
    public const string Client = "Client";

    /// <summary><c>[ServiceLevelContract(…, DeliveredFrom = "IN PH")]</c> and <c>[assembly: ServiceOffering(…, DeliveredFrom = "IN")]</c>: jurisdiction codes.</summary>
    public const string DeliveredFrom = "DeliveredFrom";

    /// <summary><c>[assembly: ServiceOffering(…, Clients = "US CA")]</c>.</summary>
    public const string Clients = "Clients";

    /// <summary><c>[CoverageWindow(…, Holidays = "US-NY")]</c>.</summary>
    public const string Holidays = "Holidays";

    /// <summary><c>[ResponseTime(…, Clock = SlaClockBasis.CalendarTime)]</c>.</summary>
    public const string Clock = "Clock";

    /// <summary><c>[ResponseTime(…, Warnings = new[] { 50, 75 })]</c>.</summary>
    public const string Warnings = "Warnings";

    /// <summary><c>[RequiresCredential(…, GrantedIn = "US")]</c>.</summary>
    public const string GrantedIn = "GrantedIn";
}
