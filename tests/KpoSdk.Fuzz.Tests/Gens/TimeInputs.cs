using System.Globalization;
using CsCheck;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Fuzz.Tests.Gens;

/// <summary>
/// Business calendars and instants for the arithmetic: zones with odd offsets, 30-minute DST, the
/// skipped day of Samoa; hours from closed to 24x7 with night shifts; holidays and overrides up to
/// the ends of LocalDate; instants across the supported range, at its edges and beyond.
/// </summary>
internal static class TimeInputs
{
    private static readonly string[] OddZones =
        ["Pacific/Apia", "Pacific/Fakaofo", "Pacific/Kiritimati", "Etc/GMT+12", "Australia/Lord_Howe", "Antarctica/Troll", "America/St_Johns", "Asia/Kathmandu", "Europe/Dublin", "America/New_York", "UTC"];

    public static readonly Gen<DateTimeZone> Zone = Gen.Frequency(
        (2, Gen.OneOf(OddZones)),
        (1, Gen.OneOf([.. DateTimeZoneProviders.Tzdb.Ids])))
        .Select(id => DateTimeZoneProviders.Tzdb[id]);

    private static readonly Gen<string> Time = Gen.Select(Gen.Int[0, 24], Gen.OneOf(0, 0, 30, 59))
        .Select((h, m) => string.Create(CultureInfo.InvariantCulture, $"{h:00}:{(h == 24 ? 0 : m):00}"));

    private static readonly Gen<string> Clause =
        Gen.Select(Gen.OneOf("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon-Fri", "Sat-Mon", "Mon,Wed"), Gen.Select(Time, Time).Array[1, 3])
            .Select((days, ranges) => days + " " + string.Join(", ", ranges.Select(r => (r.Item1 == "24:00" ? "00:00" : r.Item1) + "-" + r.Item2)));

    public static readonly Gen<WeeklyHours> Hours = Gen.Frequency(
        (8, Clause.Array[1, 3].Select(c => WeeklyHours.Parse(string.Join("; ", c)))),
        (1, Gen.Const(WeeklyHours.AlwaysOpen)),
        (1, Gen.Const(WeeklyHours.Closed)));

    public static readonly Gen<LocalDate> Date = Gen.Frequency(
        (6, Gen.Int[-25_600, 65_800].Select(d => new LocalDate(1970, 1, 1).PlusDays(d))),
        (1, Gen.OneOf(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(9999, 12, 29), new LocalDate(1, 1, 1), new LocalDate(2011, 12, 30), new LocalDate(1899, 12, 31), new LocalDate(2150, 1, 1))));

    public static readonly Gen<BusinessCalendar> Calendar =
        Gen.Select(Zone, Hours, Date.Array[0, 8], Gen.Select(Date, Hours).Array[0, 3])
            .Select((zone, hours, holidays, overrides) => BusinessCalendar.Create(zone, hours)
                .WithHolidays(holidays)
                .WithOverrides(overrides.Select(o => HoursOverride.Open(o.Item1, o.Item2.On(IsoDayOfWeek.Monday)))));

    public static readonly Gen<Instant> Instant = Gen.Frequency(
        (6, Gen.Long[BusinessCalendar.MinInstant.ToUnixTimeTicks(), BusinessCalendar.MaxInstant.ToUnixTimeTicks()].Select(NodaTime.Instant.FromUnixTimeTicks)),
        (1, Gen.OneOf(
            BusinessCalendar.MinInstant,
            BusinessCalendar.MaxInstant,
            BusinessCalendar.MaxInstant - Duration.Epsilon,
            BusinessCalendar.MinInstant - Duration.Epsilon,
            NodaTime.Instant.MinValue,
            NodaTime.Instant.MaxValue,
            NodaTime.Instant.FromUtc(2011, 12, 29, 10, 0))));

    public static readonly Gen<Duration> Amount = Gen.Frequency(
        (6, Gen.Long[0, 400L * 3_600 * 1_000_000_000].Select(Duration.FromNanoseconds)),
        (1, Gen.OneOf(Duration.Zero, Duration.Epsilon, -Duration.Epsilon, Duration.FromDays(100_000), Duration.MaxValue, Duration.MinValue)));
}
