using System.Collections.Immutable;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The calendar of <paramref name="hours"/> in <paramref name="zone"/>, closed on the listed
    /// <paramref name="holidays"/> and on the built-in holidays of <paramref name="publicHolidays"/>
    /// (none when null): how a coverage window and a delivery centre become calendars, in one place.
    /// </summary>
    /// <exception cref="HolidayDataUnavailableException"><paramref name="publicHolidays"/> has no built-in holidays.</exception>
    internal static BusinessCalendar Create(DateTimeZone zone, WeeklyHours hours, ImmutableArray<LocalDate> holidays, Jurisdiction? publicHolidays)
    {
        var calendar = Create(zone, hours).WithHolidays(holidays.IsDefault ? [] : holidays);
        return publicHolidays is { } jurisdiction ? calendar.WithHolidays(HolidayCalendar.For(jurisdiction)) : calendar;
    }
}
