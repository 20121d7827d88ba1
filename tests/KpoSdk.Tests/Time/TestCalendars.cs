using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>Zones and small helpers the calendar tests share.</summary>
internal static class TestCalendars
{
    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    /// <summary>The instant a wall-clock time occurs in a zone, requiring it to be unambiguous.</summary>
    public static Instant At(this DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static BusinessCalendar NewYork(string hours = "Mon-Fri 09:00-17:00") =>
        BusinessCalendar.Create("America/New_York", hours);
}
