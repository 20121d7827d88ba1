using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Sla;

/// <summary>New York calendars and wall-clock instants for the SLA tests.</summary>
internal static class SlaTestTimes
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static readonly BusinessCalendar Office = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Mon-Fri 09:00-17:00"));

    /// <summary>The instant New York's wall clock reads this time (which must occur exactly once).</summary>
    public static Instant Ny(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    /// <summary>The instant of a New York wall-clock time that occurs twice, taking the later (standard-time) one.</summary>
    public static Instant NyLater(int year, int month, int day, int hour, int minute = 0) =>
        NewYork.MapLocal(new LocalDateTime(year, month, day, hour, minute)).Last().ToInstant();

    public static SlaEvent E(Instant at, SlaEventKind kind) => new(at, kind);
}
