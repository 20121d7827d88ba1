using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// Business hours in a time zone: a <see cref="DateTimeZone"/>, <see cref="WeeklyHours"/>,
/// holidays and dated hours overrides, with DST-exact queries (<see cref="IsOpen"/>,
/// <see cref="NextOpen"/>, <see cref="NextClose"/>, <see cref="OpenIntervals(Interval)"/>),
/// business-time arithmetic (<see cref="Add(Instant, Duration)"/>, <see cref="Between"/>) and
/// business-day arithmetic (<see cref="AddBusinessDays"/>, <see cref="Add(Instant, Period)"/>).
/// Immutable and safe to share between threads; <c>With…</c> methods return new calendars.
/// </summary>
/// <remarks>
/// <para>Semantics (exact):</para>
/// <list type="number">
/// <item>A weekly range belongs to the local date on which it starts. A holiday closes every range
/// that starts on it, after-midnight tail included; the tail of a range that began the day before
/// stays open. A <see cref="HoursOverride"/> replaces the ranges that start on its date, and
/// takes precedence over a holiday on the same date.</item>
/// <item>A range starts at the first instant at which the zone's wall clock reads its start time:
/// if that local time is skipped by a DST gap, the first instant after the gap; if it occurs
/// twice, the earlier. It ends likewise, except that an end time that occurs twice maps to the
/// later occurrence. So a night shift on a 25-hour day lasts 9 hours of 22:00-06:00, and on a
/// 23-hour day 7.</item>
/// <item>Business time is the measure of the union of the open intervals, which are half-open:
/// open at the start instant, closed at the end instant.</item>
/// </list>
/// <para>Range: calendars cover instants from <see cref="MinInstant"/> (1900-01-01T00:00Z) up to
/// <see cref="MaxInstant"/> (2150-01-01T00:00Z); an instant outside it is an
/// <see cref="ArgumentOutOfRangeException"/>. Every search stops at the end of that range, or
/// earlier when the holidays and overrides prove nothing can change any more.</para>
/// <para>Cost: open intervals are computed per block of about 417 days on first use (thread-safe,
/// once) and kept with prefix sums, so <see cref="Add(Instant, Duration)"/> and
/// <see cref="Between"/> are binary searches that allocate nothing, whatever the amount.</para>
/// </remarks>
public sealed partial class BusinessCalendar
{
    private readonly DaySchedule _schedule;
    private readonly IntervalBlock?[] _blocks;
    private readonly ImmutableSortedDictionary<LocalDate, HoursOverride> _overrides;

    /// <summary>No open time at or after this position.</summary>
    private readonly long _openHorizon;

    /// <summary>Open without interruption from this position on (the end of the range when not known).</summary>
    private readonly long _alwaysOpenFrom;

    /// <summary>No unknown holiday of <see cref="HolidayCalendar"/> influences a position from here …</summary>
    private readonly long _knownStart;

    /// <summary>… up to here (exclusive); see <see cref="KnownBounds"/>.</summary>
    private readonly long _knownEnd;

    private BusinessCalendar(
        DateTimeZone zone,
        WeeklyHours hours,
        ImmutableSortedSet<LocalDate> holidays,
        ImmutableSortedDictionary<LocalDate, HoursOverride> overrides,
        HolidayCalendar? holidayCalendar)
    {
        Zone = zone;
        Hours = hours;
        Holidays = holidays;
        HolidayCalendar = holidayCalendar;
        _overrides = overrides;
        Overrides = [.. overrides.Values];
        _schedule = new DaySchedule(hours.Model, holidays, overrides.Values, holidayCalendar);
        _blocks = new IntervalBlock?[Positions.BlockCount];

        // A range reaches at most two days past its date and offsets are within ±18 hours, so
        // four days after a date nothing it decided is left.
        _openHorizon = !hours.IsNeverOpen ? Positions.Max
            : _schedule.LastOpenOverride is { } lastOpen ? AfterInfluence(lastOpen)
            : Positions.Min;
        _alwaysOpenFrom = !hours.IsAlwaysOpen || holidayCalendar is not null ? Positions.Max
            : _schedule.LastSpecialDate is { } lastSpecial ? AfterInfluence(lastSpecial)
            : Positions.Min;
        (_knownStart, _knownEnd) = KnownBounds();
    }

    /// <summary>The earliest instant a calendar covers: 1900-01-01T00:00:00Z.</summary>
    public static Instant MinInstant => Positions.MinInstant;

    /// <summary>The end (exclusive) of the instants a calendar covers: 2150-01-01T00:00:00Z.</summary>
    public static Instant MaxInstant => Positions.MaxInstant;

    /// <summary>The zone whose wall clock the hours, holidays and overrides are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The weekly opening hours.</summary>
    public WeeklyHours Hours { get; }

    /// <summary>Local dates on which no range starts (unless an override says otherwise), ordered: those given as dates; see also <see cref="HolidayCalendar"/>.</summary>
    public ImmutableSortedSet<LocalDate> Holidays { get; }

    /// <summary>
    /// The holiday calendar whose holidays close the calendar too (expanded lazily, a year at a
    /// time), or null when there is none; see <see cref="WithHolidays(KpoSdk.Time.HolidayCalendar)"/>.
    /// </summary>
    public HolidayCalendar? HolidayCalendar { get; }

    /// <summary>The dated hours overrides, one per date, ordered by date.</summary>
    public IReadOnlyList<HoursOverride> Overrides { get; }

    /// <summary>A calendar of <paramref name="hours"/> in <paramref name="zone"/>, without holidays.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BusinessCalendar Create(DateTimeZone zone, WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(hours);
        return new BusinessCalendar(zone, hours, [], ImmutableSortedDictionary<LocalDate, HoursOverride>.Empty, null);
    }

    /// <summary>A calendar of <paramref name="hours"/> in the IANA zone <paramref name="zoneId"/> (NodaTime's embedded tzdb).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The zone ID is unknown; the message lists the closest known IDs.</exception>
    public static BusinessCalendar Create(string zoneId, WeeklyHours hours) =>
        Create(ZoneIds.Resolve(zoneId, nameof(zoneId)), hours);

    /// <summary>A calendar of the weekly hours text <paramref name="weeklyHours"/> (see <see cref="WeeklyHours"/>) in the IANA zone <paramref name="zoneId"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The zone ID is unknown; the message lists the closest known IDs.</exception>
    /// <exception cref="FormatException">The hours are malformed; the message gives the position and what was expected.</exception>
    public static BusinessCalendar Create(string zoneId, string weeklyHours) =>
        Create(ZoneIds.Resolve(zoneId, nameof(zoneId)), WeeklyHours.Parse(weeklyHours));

    /// <summary>The same hours, holidays and overrides read in another zone.</summary>
    public BusinessCalendar WithZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return new BusinessCalendar(zone, Hours, Holidays, _overrides, HolidayCalendar);
    }

    /// <summary>The same calendar with other weekly hours.</summary>
    public BusinessCalendar WithHours(WeeklyHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return new BusinessCalendar(Zone, hours, Holidays, _overrides, HolidayCalendar);
    }

    /// <summary>The same calendar with one more holiday (no change if it is one already).</summary>
    public BusinessCalendar WithHoliday(LocalDate date) => WithHolidays([date]);

    /// <summary>The same calendar with these holidays added to its own.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public BusinessCalendar WithHolidays(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return new BusinessCalendar(Zone, Hours, Holidays.Union(dates), _overrides, HolidayCalendar);
    }

    /// <summary>
    /// The same calendar closed on the holidays of <paramref name="holidays"/> too, for example
    /// <c>WithHolidays(HolidayCalendar.For(Jurisdiction.Parse("US-NY")))</c>. The holidays are not
    /// listed up front: each block of about 417 days asks for its years when first used, so the
    /// calendar works over its whole range and <see cref="Add(Instant, Duration)"/> and
    /// <see cref="Between"/> stay allocation-free. A calendar that already has one gets both
    /// (<see cref="HolidayCalendar.With(HolidayCalendar)"/>).
    /// </summary>
    /// <remarks>
    /// Unless <paramref name="holidays"/> omits unknown holidays, every query whose answer depends
    /// on a local date outside its <see cref="HolidayCalendar.KnownFrom"/> to
    /// <see cref="HolidayCalendar.KnownThrough"/> throws <see cref="HolidayDataUnavailableException"/>:
    /// an instant before the first known date's influence ends, an interval or a deadline reaching
    /// the start of the first unknown date, a business day outside the known dates.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public BusinessCalendar WithHolidays(HolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return new BusinessCalendar(Zone, Hours, Holidays, _overrides, HolidayCalendar is null ? holidays : HolidayCalendar.With(holidays));
    }

    /// <summary>The same calendar without any holidays: neither dates nor a holiday calendar.</summary>
    public BusinessCalendar WithoutHolidays() => new(Zone, Hours, [], _overrides, null);

    /// <summary>The same calendar with a dated hours override, replacing any other override on its date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="hoursOverride"/> is null.</exception>
    public BusinessCalendar WithOverride(HoursOverride hoursOverride)
    {
        ArgumentNullException.ThrowIfNull(hoursOverride);
        return WithOverrides([hoursOverride]);
    }

    /// <summary>The same calendar with dated hours overrides, each replacing any other on its date (the last one given wins).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> or one of them is null.</exception>
    public BusinessCalendar WithOverrides(IEnumerable<HoursOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = _overrides.ToBuilder();
        foreach (var item in overrides)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(overrides));
            builder[item.Date] = item;
        }

        return new BusinessCalendar(Zone, Hours, Holidays, builder.ToImmutable(), HolidayCalendar);
    }

    /// <summary>A summary such as <c>America/New_York Mon-Fri 09:00-17:00 (10 holidays, 1 override)</c>, with the holiday calendar's summary when there is one.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Zone.Id} {Hours} ({(HolidayCalendar is null ? string.Empty : HolidayCalendar + "; ")}{Holidays.Count} holiday{(Holidays.Count == 1 ? string.Empty : "s")}, {Overrides.Count} override{(Overrides.Count == 1 ? string.Empty : "s")})");

    internal IntervalBlock Block(int index) => Volatile.Read(ref _blocks[index]) ?? Materialize(index);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private IntervalBlock Materialize(int index)
    {
        var built = BlockBuilder.Build(Zone, _schedule, index);
        return Interlocked.CompareExchange(ref _blocks[index], built, null) ?? built;
    }

    private static long AfterInfluence(LocalDate date)
    {
        // A holiday or override past the range (up to 9999-12-31) influences nothing inside it;
        // adding the four days there would overflow LocalDate.
        if (date.Year >= 2150)
        {
            return Positions.Max;
        }

        var after = date.PlusDays(4).AtMidnight().InUtc().ToInstant();
        return after <= Positions.MinInstant ? Positions.Min : after >= Positions.MaxInstant ? Positions.Max : Positions.Of(after);
    }
}
