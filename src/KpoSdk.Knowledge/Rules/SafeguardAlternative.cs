namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// One way to satisfy a data-transfer rule: every safeguard in <see cref="AllOf"/> in place, on a
/// date between <see cref="From"/> and <see cref="To"/> (inclusive), and, when <see cref="Delivery"/>
/// is given, a delivery jurisdiction in it (the EU-U.S. Data Privacy Framework only serves the US).
/// </summary>
internal sealed class SafeguardAlternative
{
    public SafeguardAlternative(IReadOnlyList<Safeguard> allOf, IReadOnlyList<string>? delivery = null, CalendarDate? from = null, CalendarDate? to = null, string? basis = null, string? note = null)
    {
        if (allOf is null || allOf.Count == 0)
        {
            throw new ArgumentException("A safeguard alternative needs at least one safeguard.", nameof(allOf));
        }

        AllOf = allOf;
        Delivery = delivery;
        From = from;
        To = to;
        Basis = basis;
        Note = note;
    }

    public IReadOnlyList<Safeguard> AllOf { get; }

    public IReadOnlyList<string>? Delivery { get; }

    public CalendarDate? From { get; }

    public CalendarDate? To { get; }

    public string? Basis { get; }

    public string? Note { get; }
}
