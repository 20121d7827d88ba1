namespace KpoSdk.Generators.Models;

/// <summary>A validated credential requirement.</summary>
/// <param name="Kind">The <c>CredentialKind</c> member name.</param>
/// <param name="GrantedIn">The jurisdiction that must have granted it, or null.</param>
internal sealed record CredentialModel(string Kind, JurisdictionModel? GrantedIn);
