using NodaTime;

namespace KpoSdk.Rules;

/// <summary>
/// One way to satisfy a data-transfer rule: all of <see cref="Mechanisms"/> in place, on a date
/// between <see cref="From"/> and <see cref="To"/>, and, when <see cref="Deliveries"/> is given,
/// a delivery jurisdiction among them (the EU-U.S. Data Privacy Framework only serves the US).
/// </summary>
public sealed class TransferMechanismOption
{
    /// <summary>Creates an option.</summary>
    /// <param name="mechanisms">The mechanisms that must all be in place; at least one.</param>
    /// <param name="deliveries">Delivery selectors the option is limited to; null for any delivery.</param>
    /// <param name="from">The first day it counts (inclusive); null for always.</param>
    /// <param name="to">The last day it counts (inclusive); null for open-ended.</param>
    /// <param name="basis">The legal basis, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="mechanisms"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mechanisms"/> is empty or holds an undefined value, or <paramref name="deliveries"/> is empty or holds null.</exception>
    public TransferMechanismOption(IEnumerable<DataTransferMechanism> mechanisms, IEnumerable<string>? deliveries = null, LocalDate? from = null, LocalDate? to = null, string? basis = null)
    {
        Mechanisms = (mechanisms ?? throw new ArgumentNullException(nameof(mechanisms))).ToArray();
        if (Mechanisms.Count == 0)
        {
            throw new ArgumentException("An option needs at least one mechanism.", nameof(mechanisms));
        }

        foreach (var mechanism in Mechanisms)
        {
            if (!Enum.IsDefined(mechanism))
            {
                throw new ArgumentException($"{(int)mechanism} is not a defined {nameof(DataTransferMechanism)}.", nameof(mechanisms));
            }
        }

        Deliveries = deliveries is null ? null : RuleRoute.Copy(deliveries, nameof(deliveries));
        From = from;
        To = to;
        Basis = basis;
    }

    /// <summary>Gets the mechanisms that must all be in place.</summary>
    public IReadOnlyList<DataTransferMechanism> Mechanisms { get; }

    /// <summary>Gets the delivery selectors the option is limited to, or null for any delivery.</summary>
    public IReadOnlyList<string>? Deliveries { get; }

    /// <summary>Gets the first day the option counts, or null.</summary>
    public LocalDate? From { get; }

    /// <summary>Gets the last day the option counts, or null.</summary>
    public LocalDate? To { get; }

    /// <summary>Gets the legal basis, or null.</summary>
    public string? Basis { get; }
}
