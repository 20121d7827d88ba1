using KpoSdk.Time;

namespace KpoSdk;

/// <summary>
/// A named shift of a delivery centre, such as <c>night: Mon-Fri 21:00-06:00</c>, in the centre's
/// time zone. <see cref="DeliveryCenter.CalendarOf(WeeklyHours)"/> turns it into a calendar.
/// </summary>
public sealed record Shift
{
    /// <summary>Creates a shift.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="hours"/> is null.</exception>
    public Shift(string name, WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(hours);
        Name = name;
        Hours = hours;
    }

    /// <summary>Gets the shift's name, unique within its centre, e.g. <c>"night"</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the weekly hours of the shift in the centre's local time.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>Returns <c>"name: hours"</c>, e.g. <c>"night: Mon-Fri 21:00-06:00"</c>.</summary>
    public override string ToString() => $"{Name}: {Hours}";
}
