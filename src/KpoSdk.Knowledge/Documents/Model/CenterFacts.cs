using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Documents.Model;

/// <summary>A delivery centre: its name and the jurisdiction it delivers from (the "delivery" side of every rule).</summary>
internal sealed class CenterFacts
{
    public CenterFacts(string name, JurisdictionId jurisdiction)
    {
        Name = name;
        Jurisdiction = jurisdiction;
    }

    public string Name { get; }

    public JurisdictionId Jurisdiction { get; }
}
