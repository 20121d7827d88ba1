using CsCheck;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>
/// A random calendar and a window of a few weeks around one of its zone's transitions (or any
/// day, for zones without DST), with probe instants biased towards the transition. Ranges start
/// mostly at the hours clocks change (00:00 to 03:00) and often cross midnight.
/// </summary>
internal sealed record CalendarScenario(
    string ZoneId,
    WeeklyRange[] Ranges,
    LocalDate[] Holidays,
    HoursOverride[] Exceptions,
    Instant WindowStart,
    int WindowMinutes,
    Instant[] Probes,
    Duration[] Amounts)
{
    public static readonly string[] ZoneIds =
    [
        "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Lord_Howe", "America/Santiago", "Africa/Cairo",
    ];

    private const int WindowDays = 21;

    private static readonly Gen<int> MinuteOfDay = Gen.Frequency(
        (3, Gen.Int[0, 7].Select(h => h * 30)),
        (2, Gen.Int[44, 47].Select(h => h * 30)),
        (3, Gen.Int[0, 95].Select(q => q * 15)),
        (1, Gen.Int[0, 1439]));

    private static readonly Gen<int> LengthMinutes = Gen.Frequency(
        (4, Gen.Int[1, 40].Select(q => q * 15)),
        (1, Gen.Int[1, 1440]),
        (1, Gen.Const(1440)));

    private static readonly Gen<TimeRange> Range =
        Gen.Select(MinuteOfDay, LengthMinutes, (start, length) =>
            TimeRange.FromStartAndLength(LocalTime.FromMinutesSinceMidnight(start), Duration.FromMinutes(length)));

    private static readonly Gen<WeeklyRange> Weekly =
        Gen.Select(Gen.Int[1, 7], Range, (day, range) => new WeeklyRange((IsoDayOfWeek)day, range));

    public static readonly Gen<CalendarScenario> Generator =
        from zoneId in Gen.OneOf(ZoneIds)
        from year in Gen.Int[2024, 2031]
        from pick in Gen.Int[0, 1]
        from lead in Gen.Int[1, 12]
        from ranges in Weekly.Array[1, 5]
        from holidayDays in Gen.Int[-2, WindowDays + 1].Array[0, 4]
        from exceptionDays in Gen.Int[-2, WindowDays + 1].Array[0, 2]
        from exceptionRanges in Range.Array[0, 2].Array[2]
        from probeSpread in Gen.Frequency((2, Gen.Int[-600, 600]), (1, Gen.Int[0, WindowDays * 1440 - 1])).Array[16]
        from probeNanos in Gen.Frequency((3, Gen.Const(0L)), (1, Gen.Long[0, 59_999_999_999L])).Array[16]
        from amounts in Gen.Frequency((3, Gen.Int[0, 3000]), (1, Gen.Int[0, 20000])).Array[8]
        select Build(zoneId, year, pick, lead, ranges, holidayDays, exceptionDays, exceptionRanges, probeSpread, probeNanos, amounts);

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[ZoneId];

    public Instant WindowEnd => WindowStart + Duration.FromMinutes(WindowMinutes);

    public BusinessCalendar Calendar() =>
        BusinessCalendar.Create(Zone, WeeklyHours.Create(Ranges)).WithHolidays(Holidays).WithOverrides(Exceptions);

    public ReferenceCalendar Reference() =>
        new(Zone, WeeklyHours.Create(Ranges), Holidays, Exceptions, WindowStart, WindowMinutes);

    public override string ToString() =>
        $"{ZoneId} [{WeeklyHours.Create(Ranges)}] holidays [{string.Join(", ", Holidays)}] exceptions [{string.Join("; ", Exceptions.Select(e => e.ToString()))}] window {WindowStart}+{WindowMinutes}min";

    private static CalendarScenario Build(
        string zoneId, int year, int pick, int lead, WeeklyRange[] ranges, int[] holidayDays, int[] exceptionDays,
        TimeRange[][] exceptionRanges, int[] probeSpread, long[] probeNanos, int[] amounts)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var yearStart = Instant.FromUtc(year, 1, 1, 0, 0);
        var transitions = zone.GetZoneIntervals(yearStart, Instant.FromUtc(year + 1, 1, 1, 0, 0))
            .Where(z => z.HasStart && z.Start > yearStart)
            .Select(z => z.Start)
            .ToList();
        var focus = transitions.Count > 0 ? transitions[pick % transitions.Count] : yearStart + Duration.FromDays(40 + (pick * 150));

        // Windows start on a whole UTC minute some days before the transition.
        var windowStart = Instant.FromUnixTimeSeconds(((focus - Duration.FromDays(lead)).ToUnixTimeSeconds() / 86400) * 86400);
        int windowMinutes = WindowDays * 1440;
        var firstDate = windowStart.InZone(zone).Date;
        var focusMinute = (int)((focus - windowStart).ToInt64Nanoseconds() / 60_000_000_000L);

        var probes = probeSpread.Select((spread, i) =>
        {
            int minute = Math.Clamp(spread is >= -600 and <= 600 && i % 2 == 0 ? focusMinute + spread : Math.Abs(spread) % windowMinutes, 0, windowMinutes - 1);
            return windowStart + Duration.FromMinutes(minute) + Duration.FromNanoseconds(minute == windowMinutes - 1 ? 0 : probeNanos[i]);
        }).ToArray();

        return new CalendarScenario(
            zoneId,
            ranges,
            holidayDays.Select(d => firstDate.PlusDays(d)).Distinct().ToArray(),
            exceptionDays.Select((d, i) => HoursOverride.Open(firstDate.PlusDays(d), exceptionRanges[i])).DistinctBy(e => e.Date).ToArray(),
            windowStart,
            windowMinutes,
            probes,
            amounts.Select(a => Duration.FromMinutes(a)).ToArray());
    }
}
