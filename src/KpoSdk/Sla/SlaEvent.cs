using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Sla;

/// <summary>One entry of an SLA clock's history: what happened, and when.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
public readonly record struct SlaEvent(Instant At, SlaEventKind Kind)
{
    /// <summary>The kind and the instant, e.g. <c>Pause at 2027-03-12T21:00:00Z</c>.</summary>
    public override string ToString() => $"{Kind} at {InstantPattern.ExtendedIso.Format(At)}";
}
