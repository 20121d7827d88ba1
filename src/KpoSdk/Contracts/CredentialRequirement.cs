namespace KpoSdk.Contracts;

/// <summary>
/// A credential a contract requires of its staff: a kind, and optionally the jurisdiction that
/// must have granted it (a credential granted in one of its subdivisions counts too).
/// </summary>
public readonly record struct CredentialRequirement
{
    /// <summary>Requires a credential of <paramref name="kind"/>, granted anywhere.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined member.</exception>
    public CredentialRequirement(CredentialKind kind)
        : this(kind, null)
    {
    }

    /// <summary>Requires a credential of <paramref name="kind"/> granted in <paramref name="grantedIn"/> or one of its subdivisions; null for anywhere.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined member, or <paramref name="grantedIn"/> is <c>default(Jurisdiction)</c>.</exception>
    public CredentialRequirement(CredentialKind kind, Jurisdiction? grantedIn)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"{(int)kind} is not a defined CredentialKind.", nameof(kind));
        }

        if (grantedIn is { IsDefault: true })
        {
            throw new ArgumentException("default(Jurisdiction) names no place; pass null for a credential granted anywhere.", nameof(grantedIn));
        }

        Kind = kind;
        GrantedIn = grantedIn;
    }

    /// <summary>Gets the kind of credential required.</summary>
    public CredentialKind Kind { get; }

    /// <summary>Gets the jurisdiction that must have granted it, or null when any will do.</summary>
    public Jurisdiction? GrantedIn { get; }

    /// <summary>Gets whether a credential of <paramref name="kind"/> granted in <paramref name="grantedIn"/> meets the requirement (expiry is the caller's to check).</summary>
    public bool IsMetBy(CredentialKind kind, Jurisdiction grantedIn) =>
        kind == Kind && (GrantedIn is not { } required || required.Contains(grantedIn));

    /// <summary>The kind, and <c>" granted in "</c> and the jurisdiction code when one is required.</summary>
    public override string ToString() => GrantedIn is { } where ? $"{Kind} granted in {where.Code}" : Kind.ToString();
}
