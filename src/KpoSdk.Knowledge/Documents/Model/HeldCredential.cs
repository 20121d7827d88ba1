using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Documents.Model;

/// <summary>A credential someone holds: its kind and the jurisdiction recorded as granting it.</summary>
internal readonly struct HeldCredential
{
    public HeldCredential(CredentialKind kind, JurisdictionId grantedBy)
    {
        Kind = kind;
        GrantedBy = grantedBy;
    }

    public CredentialKind Kind { get; }

    public JurisdictionId GrantedBy { get; }
}
