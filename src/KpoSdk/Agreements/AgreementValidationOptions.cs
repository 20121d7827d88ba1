using KpoSdk.Rules;

namespace KpoSdk;

/// <summary>Settings of <see cref="ServiceAgreement.Validate(NodaTime.LocalDate, AgreementValidationOptions)"/>.</summary>
public sealed record AgreementValidationOptions
{
    private readonly int _coverageDays = 365;

    /// <summary>Gets the defaults: the default rules, coverage checked over up to 365 days.</summary>
    public static AgreementValidationOptions Default { get; } = new();

    /// <summary>
    /// Gets the country/service rules (KPO1001–KPO1003) to apply: <see cref="RuleSet.Default"/>
    /// unless set, or an overlay of it (<see cref="RuleSet.With"/>, <see cref="RuleSet.Without"/> …).
    /// </summary>
    /// <exception cref="ArgumentNullException">(init) The value is null.</exception>
    public RuleSet Rules
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = RuleSet.Default;

    /// <summary>
    /// Gets the number of days over which coverage (KPO2002, KPO3007) is measured: the days of the
    /// term from the validation date (or from the term's start when the date is outside the term),
    /// at most this many. From 1 to 3,660; 365 by default, so that every holiday and both DST
    /// changes of a year count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1 or above 3,660.</exception>
    public int CoverageDays
    {
        get => _coverageDays;
        init => _coverageDays = value is >= 1 and <= 3660
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Expected from 1 to 3,660 days.");
    }
}
