namespace KpoSdk.Knowledge.Credentials;

/// <summary>One credential kind: who grants it, at which level, and the work it counts for (one row of the generated table).</summary>
internal sealed class CredentialInfo
{
    public CredentialInfo(CredentialKind kind, string title, string issuer, string[] grantedBy, GrantingLevel grantingLevel, CredentialQualification[] qualifies, string source)
    {
        Kind = kind;
        Title = title;
        Issuer = issuer;
        GrantedBy = grantedBy;
        GrantingLevel = grantingLevel;
        Qualifies = qualifies;
        Source = source;
    }

    public CredentialKind Kind { get; }

    public string Title { get; }

    public string Issuer { get; }

    /// <summary>Jurisdictions that can grant it ("*" for bodies admitting members anywhere).</summary>
    public IReadOnlyList<string> GrantedBy { get; }

    public GrantingLevel GrantingLevel { get; }

    public IReadOnlyList<CredentialQualification> Qualifies { get; }

    /// <summary>The statutes and rules the entry is based on.</summary>
    public string Source { get; }
}
