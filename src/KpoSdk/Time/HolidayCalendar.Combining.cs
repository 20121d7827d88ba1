using System.Collections.Immutable;
using KpoSdk.Time.Holidays;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    /// <summary>
    /// A calendar with the holidays of both: for example a country's built-in holidays and a
    /// company's iCalendar file, or a client's and a delivery centre's. Each keeps its own extra
    /// and removed days; the known dates are those both know.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public HolidayCalendar With(HolidayCalendar other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var jurisdiction = other.Jurisdiction == Jurisdiction ? Jurisdiction : null;
        return new HolidayCalendar([new CalendarFeed(this), new CalendarFeed(other)], ImmutableSortedDictionary<LocalDate, string>.Empty, [], false, UnknownHolidays, jurisdiction);
    }

    /// <summary>The same calendar with one more holiday, e.g. a company day off; it replaces a removal of that date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public HolidayCalendar With(LocalDate date, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new HolidayCalendar(_feeds, _added.SetItem(date, name), _removed.Remove(date), IncludesOptionalHolidays, UnknownHolidays, Jurisdiction);
    }

    /// <summary>The same calendar with these holidays added (the last one given for a date wins).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null, or a name is null.</exception>
    public HolidayCalendar With(IEnumerable<Holiday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        var added = _added.ToBuilder();
        var removed = _removed.ToBuilder();
        foreach (var holiday in holidays)
        {
            ArgumentNullException.ThrowIfNull(holiday.Name, nameof(holidays));
            added[holiday.Date] = holiday.Name;
            removed.Remove(holiday.Date);
        }

        return new HolidayCalendar(_feeds, added.ToImmutable(), removed.ToImmutable(), IncludesOptionalHolidays, UnknownHolidays, Jurisdiction);
    }

    /// <summary>The same calendar without any holiday on <paramref name="date"/>: the office works that day.</summary>
    public HolidayCalendar Without(LocalDate date) => Without([date]);

    /// <summary>The same calendar without any holiday on these dates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    public HolidayCalendar Without(IEnumerable<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var list = dates.ToList();
        return new HolidayCalendar(_feeds, _added.RemoveRange(list), _removed.Union(list), IncludesOptionalHolidays, UnknownHolidays, Jurisdiction);
    }

    /// <summary>
    /// The same calendar with optional holidays as closed days too: India's restricted holidays,
    /// regional or community holidays and part-day holidays (docs/holidays.md lists them as
    /// "optional").
    /// </summary>
    public HolidayCalendar WithOptionalHolidays() =>
        new(_feeds, _added, _removed, true, UnknownHolidays, Jurisdiction);

    /// <summary>
    /// The same calendar with another policy for dates beyond the known ones:
    /// <see cref="UnknownHolidays.Throw"/> (the default) or <see cref="UnknownHolidays.Omit"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    public HolidayCalendar WithUnknownHolidays(UnknownHolidays policy)
    {
        if (!Enum.IsDefined(policy))
        {
            throw new ArgumentOutOfRangeException(nameof(policy), policy, "Expected UnknownHolidays.Throw or UnknownHolidays.Omit.");
        }

        return new HolidayCalendar(_feeds, _added, _removed, IncludesOptionalHolidays, policy, Jurisdiction);
    }
}
