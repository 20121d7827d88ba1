namespace KpoSdk.Contracts;

/// <summary>
/// A credential the staff who deliver the contract must hold, valid on the day they work; repeat
/// the attribute for several. The generated staff check reports a member who lacks it.
/// </summary>
/// <example><c>[RequiresCredential(CredentialKind.UsCertifiedPublicAccountant, GrantedIn = "US")]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class RequiresCredentialAttribute : Attribute
{
    /// <summary>Requires a credential of <paramref name="kind"/>.</summary>
    /// <param name="kind">A defined <see cref="CredentialKind"/> member.</param>
    public RequiresCredentialAttribute(CredentialKind kind)
    {
        Kind = kind;
    }

    /// <summary>Gets the kind of credential required.</summary>
    public CredentialKind Kind { get; }

    /// <summary>
    /// Gets or sets where the credential must have been granted (optional): a jurisdiction code as
    /// <see cref="ServiceLevelContractAttribute.Client"/> accepts it. A credential granted in a
    /// subdivision of it counts (<c>"US"</c> accepts a licence of <c>"US-NY"</c>). When null, a
    /// credential of the kind granted anywhere counts.
    /// </summary>
    public string? GrantedIn { get; set; }
}
