namespace KpoSdk.Knowledge.Credentials;

/// <summary>
/// Work a credential counts for: service lines in jurisdictions given as selectors ("IN", "@US",
/// "*", or "granting" for the jurisdiction that granted the holder's credential), optionally only
/// for holders whose credential was granted within <see cref="GrantedIn"/>.
/// </summary>
internal sealed class CredentialQualification
{
    public CredentialQualification(string[] jurisdictions, ServiceLine[] services, QualificationBasis basis, string? note, string[]? grantedIn = null)
    {
        Jurisdictions = jurisdictions;
        Services = services;
        Basis = basis;
        Note = note;
        GrantedIn = grantedIn ?? [];
    }

    public IReadOnlyList<string> Jurisdictions { get; }

    public IReadOnlyList<ServiceLine> Services { get; }

    public QualificationBasis Basis { get; }

    public string? Note { get; }

    /// <summary>
    /// Selectors the granting jurisdiction must lie within for the entry to count (a bar admission
    /// counts for practice before the IRS only when a US state, territory or DC admitted the
    /// lawyer); empty when any grant counts.
    /// </summary>
    public IReadOnlyList<string> GrantedIn { get; }
}
