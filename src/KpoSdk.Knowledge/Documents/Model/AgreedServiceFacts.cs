namespace KpoSdk.Documents.Model;

/// <summary>One agreed service: the service line, the names of its centres, its own coverage zone (null for the client's business hours) and the languages it requires (rows).</summary>
internal sealed class AgreedServiceFacts
{
    public AgreedServiceFacts(ServiceLine service, IReadOnlyList<string> centers, string? coverageZone, IReadOnlyList<int> requiredLanguages)
    {
        Service = service;
        Centers = centers;
        CoverageZone = coverageZone;
        RequiredLanguages = requiredLanguages;
    }

    public ServiceLine Service { get; }

    public IReadOnlyList<string> Centers { get; }

    public string? CoverageZone { get; }

    public IReadOnlyList<int> RequiredLanguages { get; }
}
