using KpoSdk.Serialization;

namespace KpoSdk.Documents;

/// <summary>Settings of <see cref="DocumentCheck.Check"/>.</summary>
public sealed record DocumentCheckOptions
{
    /// <summary>Gets the defaults: default rules and coverage horizon, default JSON limits.</summary>
    public static DocumentCheckOptions Default { get; } = new();

    /// <summary>Gets the rules and coverage horizon agreements are validated with, and catalogs checked against.</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public AgreementValidationOptions Validation
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = AgreementValidationOptions.Default;

    /// <summary>Gets the bounds every document must keep (raise them for a provider of more than 10,000 staff).</summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public JsonLimits Limits
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = JsonLimits.Default;
}
