using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Coverage;

/// <summary>The client and the delivery centers the coverage tests share.</summary>
internal static class CoverageTestCalendars
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static BusinessCalendar Client() => BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00");

    /// <summary>14:00-22:00 in London is 09:00-17:00 in New York whenever both are on standard or both on summer time.</summary>
    public static DeliveryCalendar London() => new("London", BusinessCalendar.Create("Europe/London", "Mon-Fri 14:00-22:00"));

    /// <summary>15:00-23:00 in Kraków is 09:00-17:00 in New York whenever both are on standard or both on summer time.</summary>
    public static DeliveryCalendar Krakow() => new("Kraków", BusinessCalendar.Create("Europe/Warsaw", "Mon-Fri 15:00-23:00"));

    /// <summary>19:30-04:30 in Pune is 09:00-18:00 in New York in winter (EST) and 10:00-19:00 in summer (EDT).</summary>
    public static DeliveryCalendar Pune() => new("Pune", BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 19:30-04:30"));

    public static DateInterval Dates(int year, int month, int day, int year2, int month2, int day2) =>
        new(new LocalDate(year, month, day), new LocalDate(year2, month2, day2));

    public static DateInterval Year(int year) => Dates(year, 1, 1, year, 12, 31);

    public static ZonedDateTime Ny(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute));

    public static IEnumerable<LocalDate> Weekdays(LocalDate from, LocalDate to)
    {
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            {
                yield return date;
            }
        }
    }
}
