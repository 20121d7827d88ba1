using KpoSdk.Time;
using NodaTime;
using NodaTime.TimeZones;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// The three rules written plainly from a calendar's public description, for the baselines:
/// which ranges start on a date, and the instants a range opens and closes.
/// </summary>
internal sealed class NaiveSchedule
{
    private static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    private readonly BusinessCalendar _calendar;
    private readonly HashSet<LocalDate> _holidays;
    private readonly Dictionary<LocalDate, IReadOnlyList<TimeRange>> _exceptions;
    private readonly Dictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> _weekly;

    public NaiveSchedule(BusinessCalendar calendar)
    {
        _calendar = calendar;
        _holidays = [.. calendar.Holidays];
        _exceptions = calendar.Overrides.ToDictionary(e => e.Date, e => e.Hours);
        _weekly = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToDictionary(d => d, calendar.Hours.On);
    }

    public DateTimeZone Zone => _calendar.Zone;

    public IReadOnlyList<TimeRange> RangesOn(LocalDate date) =>
        _exceptions.TryGetValue(date, out var hours) ? hours
        : _holidays.Contains(date) ? []
        : _weekly[date.DayOfWeek];

    public (Instant Start, Instant End) Resolve(LocalDate date, TimeRange range)
    {
        var start = date.At(range.Start);
        var end = start.PlusMinutes((long)range.Length.TotalMinutes);
        return (start.InZone(Zone, StartResolver).ToInstant(), end.InZone(Zone, EndResolver).ToInstant());
    }
}
