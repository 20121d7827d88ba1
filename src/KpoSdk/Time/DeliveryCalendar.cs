namespace KpoSdk.Time;

/// <summary>
/// A named delivery calendar for <see cref="CoverageAnalysis"/>: the shifts one delivery center
/// works, in its own zone (e.g. <c>Pune</c>, Asia/Kolkata, <c>Mon-Fri 19:30-04:30</c>).
/// </summary>
public sealed class DeliveryCalendar
{
    /// <summary>Names a delivery center's calendar.</summary>
    /// <param name="name">How the center appears in the analysis, e.g. <c>"Pune"</c>; unique within one analysis.</param>
    /// <param name="calendar">The center's shifts in its own zone.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or only whitespace.</exception>
    public DeliveryCalendar(string name, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(calendar);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"A delivery calendar needs a name such as \"Pune\"; got '{name}'.", nameof(name));
        }

        Name = name;
        Calendar = calendar;
    }

    /// <summary>The center's name.</summary>
    public string Name { get; }

    /// <summary>The center's shifts, in its own zone.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>The name and the calendar, e.g. <c>Pune: Asia/Kolkata Mon-Fri 19:30-04:30 (0 holidays, 0 exceptions)</c>.</summary>
    public override string ToString() => Name + ": " + Calendar;
}
