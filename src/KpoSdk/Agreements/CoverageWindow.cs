using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// The hours during which a client needs the work done, in the client's own time: a time zone,
/// weekly hours and the client's holidays. Delivery shifts are measured against it (KPO2002,
/// KPO3007), and its zone must be in the client's country (KPO2001).
/// </summary>
public sealed record CoverageWindow
{
    /// <summary>Creates a coverage window.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> or <paramref name="hours"/> is null.</exception>
    public CoverageWindow(DateTimeZone zone, WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        Zone = zone;
        Hours = hours;
    }

    /// <summary>Gets the client's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the weekly hours to cover, in <see cref="Zone"/>.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>Gets the client's holidays, on which nothing needs covering; none by default.</summary>
    public ImmutableArray<LocalDate> Holidays
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>
    /// Gets the jurisdiction whose built-in public holidays (<see cref="HolidayCalendar.For(KpoSdk.Jurisdiction)"/>)
    /// need no covering, besides <see cref="Holidays"/>; null (the default) for none. Usually the
    /// client's own jurisdiction, e.g. <c>US-NY</c>.
    /// </summary>
    /// <exception cref="ArgumentException">(init) The value is <c>default(Jurisdiction)</c>.</exception>
    public Jurisdiction? PublicHolidays
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("default(Jurisdiction) names no place.", nameof(value)) : value;
    }

    /// <summary>Gets the window as a calendar, closed on <see cref="Holidays"/> and the built-in <see cref="PublicHolidays"/>.</summary>
    /// <exception cref="HolidayDataUnavailableException"><see cref="PublicHolidays"/> names a jurisdiction without built-in holidays.</exception>
    public BusinessCalendar ToCalendar() => BusinessCalendar.Create(Zone, Hours, Holidays, PublicHolidays);

    /// <inheritdoc/>
    public bool Equals(CoverageWindow? other) =>
        other is not null && Zone.Equals(other.Zone) && Hours.Equals(other.Hours) && Holidays.ValueEquals(other.Holidays) && PublicHolidays == other.PublicHolidays;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Zone.Id, Hours, Holidays.ValueHash(), PublicHolidays);

    /// <summary>Returns e.g. <c>"America/New_York Mon-Fri 09:00-17:00"</c>.</summary>
    public override string ToString() => $"{Zone.Id} {Hours}";
}
