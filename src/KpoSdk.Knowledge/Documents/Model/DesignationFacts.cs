namespace KpoSdk.Documents.Model;

/// <summary>The languages an offering designates for clients in one country (country and language rows of the knowledge base's tables).</summary>
internal sealed class DesignationFacts
{
    public DesignationFacts(int country, IReadOnlyList<int> languages)
    {
        Country = country;
        Languages = languages;
    }

    public int Country { get; }

    public IReadOnlyList<int> Languages { get; }
}
