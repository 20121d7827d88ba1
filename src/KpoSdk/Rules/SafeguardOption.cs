using NodaTime;

namespace KpoSdk.Rules;

/// <summary>
/// One way to satisfy a data-transfer rule: all of <see cref="Safeguards"/> in place, on a date
/// between <see cref="From"/> and <see cref="To"/>, and, when <see cref="Deliveries"/> is given,
/// a delivery jurisdiction among them (the EU-U.S. Data Privacy Framework only serves the US).
/// </summary>
public sealed class SafeguardOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="safeguards">The safeguards that must all be in place; at least one.</param>
    /// <param name="deliveries">Delivery selectors the option is limited to; null for any delivery.</param>
    /// <param name="from">The first day it counts (inclusive); null for always.</param>
    /// <param name="to">The last day it counts (inclusive); null for open-ended.</param>
    /// <param name="basis">The legal basis, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="safeguards"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="safeguards"/> is empty or holds an undefined value, or <paramref name="deliveries"/> is empty or holds null.</exception>
    public SafeguardOption(IEnumerable<Safeguard> safeguards, IEnumerable<string>? deliveries = null, LocalDate? from = null, LocalDate? to = null, string? basis = null)
    {
        Safeguards = (safeguards ?? throw new ArgumentNullException(nameof(safeguards))).ToArray();
        if (Safeguards.Count == 0)
        {
            throw new ArgumentException("An option needs at least one safeguard.", nameof(safeguards));
        }

        foreach (var safeguard in Safeguards)
        {
            if (!Enum.IsDefined(safeguard))
            {
                throw new ArgumentException($"{(int)safeguard} is not a defined {nameof(Safeguard)}.", nameof(safeguards));
            }
        }

        Deliveries = deliveries is null ? null : RuleRoute.Copy(deliveries, nameof(deliveries));
        From = from;
        To = to;
        Basis = basis;
    }

    /// <summary>Gets the safeguards that must all be in place.</summary>
    public IReadOnlyList<Safeguard> Safeguards { get; }

    /// <summary>Gets the delivery selectors the option is limited to, or null for any delivery.</summary>
    public IReadOnlyList<string>? Deliveries { get; }

    /// <summary>Gets the first day the option counts, or null.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day the option counts, or null.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets the legal basis, or null.</summary>
    public string? Basis { get; }
}
