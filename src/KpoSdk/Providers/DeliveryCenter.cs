using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// A place from which a provider delivers work: its name, the jurisdiction whose law applies there
/// (the "delivery" side of every country rule), its time zone, its shifts and its public holidays.
/// </summary>
/// <remarks>Equality is by value, including the order of shifts and holidays.</remarks>
public sealed record DeliveryCenter
{
    /// <summary>Creates a delivery centre.</summary>
    /// <param name="name">The centre's name, unique within the provider, e.g. <c>"Pune"</c>; agreements and staff refer to it by this name.</param>
    /// <param name="jurisdiction">Where the centre is, e.g. <c>IN-MH</c> or <c>IN</c>.</param>
    /// <param name="zone">The centre's time zone, in which its shifts are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is <c>default</c>.</exception>
    public DeliveryCenter(string name, Jurisdiction jurisdiction, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(zone);
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place.", nameof(jurisdiction));
        }

        Name = name;
        Jurisdiction = jurisdiction;
        Zone = zone;
    }

    /// <summary>Gets the centre's name, unique within its provider.</summary>
    public string Name { get; }

    /// <summary>Gets the jurisdiction the centre is in.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the centre's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the centre's shifts, in their declared order; none by default (staff shifts can be given individually).</summary>
    /// <exception cref="ArgumentNullException">(init) A shift is null.</exception>
    public ImmutableArray<Shift> Shifts
    {
        get;
        init => field = value.OrEmpty().Any(s => s is null) ? throw new ArgumentNullException(nameof(value), "A shift is null.") : value.OrEmpty();
    } = [];

    /// <summary>Gets the dates on which the centre is closed, in their declared order; none by default.</summary>
    public ImmutableArray<LocalDate> Holidays
    {
        get;
        init => field = value.OrEmpty();
    } = [];

    /// <summary>
    /// Gets the jurisdiction whose built-in public holidays (<see cref="HolidayCalendar.For(KpoSdk.Jurisdiction)"/>)
    /// close the centre, besides <see cref="Holidays"/>; null (the default) for none. Usually the
    /// centre's own jurisdiction, e.g. <c>IN-MH</c> for Pune.
    /// </summary>
    /// <exception cref="ArgumentException">(init) The value is <c>default(Jurisdiction)</c>.</exception>
    public Jurisdiction? PublicHolidays
    {
        get;
        init => field = value is { IsDefault: true } ? throw new ArgumentException("default(Jurisdiction) names no place.", nameof(value)) : value;
    }

    /// <summary>
    /// Gets the calendar of someone working <paramref name="hours"/> at this centre: the centre's zone
    /// and holidays (<see cref="Holidays"/> and the built-in <see cref="PublicHolidays"/>) with those hours.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="hours"/> is null.</exception>
    /// <exception cref="HolidayDataUnavailableException"><see cref="PublicHolidays"/> names a jurisdiction without built-in holidays.</exception>
    public BusinessCalendar CalendarOf(WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return BusinessCalendar.Create(Zone, hours, Holidays, PublicHolidays);
    }

    /// <summary>Gets the calendar of each of <see cref="Shifts"/>, in the same order.</summary>
    public ImmutableArray<BusinessCalendar> ShiftCalendars() => [.. Shifts.Select(s => CalendarOf(s.Hours))];

    /// <summary>Classifies this centre for a client with <see cref="ShoringRule.Default"/>.</summary>
    public Shoring ShoringFor(Jurisdiction client) => ShoringRule.Default.Classify(client, this);

    /// <inheritdoc/>
    public bool Equals(DeliveryCenter? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Jurisdiction == other.Jurisdiction
        && Zone.Equals(other.Zone)
        && Shifts.ValueEquals(other.Shifts)
        && Holidays.ValueEquals(other.Holidays)
        && PublicHolidays == other.PublicHolidays;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Jurisdiction, Zone.Id, Shifts.ValueHash(), Holidays.ValueHash(), PublicHolidays);

    /// <summary>Returns the name, jurisdiction and zone, e.g. <c>"Pune (IN-MH, Asia/Kolkata)"</c>.</summary>
    public override string ToString() => $"{Name} ({Jurisdiction}, {Zone.Id})";
}
