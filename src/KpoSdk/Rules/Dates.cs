using KpoSdk.Knowledge;
using NodaTime;

namespace KpoSdk.Rules;

/// <summary>Converts between the knowledge base's dates and NodaTime's (ISO calendar only).</summary>
internal static class Dates
{
    public static LocalDate? ToLocalDate(CalendarDate? date) => date is { } d ? new LocalDate(d.Year, d.Month, d.Day) : null;

    public static CalendarDate? ToCalendarDate(LocalDate? date, string parameter) => date is { } d ? ToCalendarDate(d, parameter) : null;

    public static CalendarDate ToCalendarDate(LocalDate date, string parameter)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The date {date} is in the {date.Calendar.Id} calendar; rules use ISO dates. Convert it with WithCalendar(CalendarSystem.Iso).", parameter);
        }

        if (date.Year < 1 || date.Year > 9999)
        {
            throw new ArgumentOutOfRangeException(parameter, date, "Rules handle years 1 to 9999.");
        }

        return new CalendarDate(date.Year, date.Month, date.Day);
    }
}
