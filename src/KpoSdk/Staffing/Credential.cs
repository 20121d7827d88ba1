using NodaTime;

namespace KpoSdk;

/// <summary>
/// A professional credential someone holds: its kind, the jurisdiction that granted it (the state
/// board for a US CPA, the admitting state for a bar admission), and the last day it is valid.
/// </summary>
/// <param name="Kind">The kind of credential, e.g. <see cref="CredentialKind.UsCertifiedPublicAccountant"/>.</param>
/// <param name="GrantedBy">The jurisdiction that granted it, e.g. <c>US-NY</c>.</param>
/// <param name="Expires">The last day on which it is valid (inclusive); null when it does not expire.</param>
public readonly record struct Credential(CredentialKind Kind, Jurisdiction GrantedBy, LocalDate? Expires = null)
{
    /// <summary>Gets whether the credential is valid on <paramref name="date"/>: it has no expiry or expires on or after it.</summary>
    public bool IsValidOn(LocalDate date) => Expires is not { } expires || date <= expires;

    /// <summary>Returns e.g. <c>"UsCertifiedPublicAccountant (US-NY, expires 2027-06-30)"</c>.</summary>
    public override string ToString() =>
        Expires is { } expires ? $"{Kind} ({GrantedBy}, expires {expires:uuuu-MM-dd})" : $"{Kind} ({GrantedBy})";
}
