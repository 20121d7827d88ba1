namespace KpoSdk.Generators.Models;

/// <summary>A validated jurisdiction.</summary>
/// <param name="Code">The canonical code: <c>US</c> or <c>US-NY</c>.</param>
/// <param name="Description">How documentation names it: <c>New York, United States (US-NY)</c>.</param>
internal sealed record JurisdictionModel(string Code, string Description)
{
    /// <summary>True for a subdivision, which has no <c>Country</c> member to name it by.</summary>
    public bool IsSubdivision => Code.IndexOf('-') >= 0;
}
