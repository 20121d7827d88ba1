namespace KpoSdk.Knowledge.Credentials;

/// <summary>
/// Work a credential counts for: service lines in jurisdictions given as selectors ("IN", "@US",
/// "*", or "granting" for the jurisdiction that granted the holder's credential).
/// </summary>
internal sealed class CredentialQualification
{
    public CredentialQualification(string[] jurisdictions, ServiceLine[] services, QualificationBasis basis, string? note)
    {
        Jurisdictions = jurisdictions;
        Services = services;
        Basis = basis;
        Note = note;
    }

    public IReadOnlyList<string> Jurisdictions { get; }

    public IReadOnlyList<ServiceLine> Services { get; }

    public QualificationBasis Basis { get; }

    public string? Note { get; }
}
