using NodaTime;

namespace KpoSdk.Rules;

/// <summary>
/// Delivery jurisdictions that lift a rule between two dates, e.g. a country with an adequacy
/// decision. The selector has the forms of <see cref="RuleRoute"/> except <c>"*"</c>.
/// </summary>
public sealed class ExemptDelivery
{
    /// <summary>Creates an exemption.</summary>
    /// <param name="selector">A country, subdivision or group, e.g. <c>"JP"</c> or <c>"@EEA"</c>.</param>
    /// <param name="from">The first day it counts (inclusive); null for always.</param>
    /// <param name="to">The last day it counts (inclusive); null for open-ended.</param>
    /// <param name="basis">The legal basis, e.g. <c>"Commission Implementing Decision (EU) 2019/419"</c>.</param>
    public ExemptDelivery(string selector, LocalDate? from = null, LocalDate? to = null, string? basis = null)
    {
        Selector = selector ?? throw new ArgumentNullException(nameof(selector));
        From = from;
        To = to;
        Basis = basis;
    }

    /// <summary>Gets the jurisdiction selector.</summary>
    public string Selector { get; }

    /// <summary>Gets the first day the exemption counts, or null.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day the exemption counts, or null.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets the legal basis, or null.</summary>
    public string? Basis { get; }
}
