using System.Collections.Frozen;
using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time.Engine;

/// <summary>
/// Which ranges start on a given local date (rule 1 of the Time semantics): a dated hours override's
/// hours if there is one, nothing on a holiday, otherwise the weekly hours of that weekday.
/// </summary>
internal sealed class DaySchedule
{
    private readonly WeeklyHoursModel _weekly;
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenDictionary<LocalDate, MinuteRange[]> _overrides;
    private readonly HolidayCalendar? _source;

    public DaySchedule(WeeklyHoursModel weekly, IEnumerable<LocalDate> holidays, IEnumerable<HoursOverride> overrides, HolidayCalendar? source = null)
    {
        _weekly = weekly;
        _source = source;
        _holidays = holidays.ToFrozenSet();
        _overrides = overrides.ToFrozenDictionary(e => e.Date, e => e.Ranges);
        var special = _holidays.Concat(_overrides.Keys).ToList();
        LastSpecialDate = special.Count == 0 ? null : special.Max();
        var openOverrides = _overrides.Where(e => e.Value.Length > 0).Select(e => e.Key).ToList();
        FirstOpenOverride = openOverrides.Count == 0 ? null : openOverrides.Min();
        LastOpenOverride = openOverrides.Count == 0 ? null : openOverrides.Max();
        WeeklyIsEmpty = weekly.IsClosed;
    }

    /// <summary>The latest holiday or override date, if any (holidays of a holiday calendar not included: they go on every year).</summary>
    public LocalDate? LastSpecialDate { get; }

    /// <summary>The earliest override that opens, if any.</summary>
    public LocalDate? FirstOpenOverride { get; }

    /// <summary>The latest override that opens, if any.</summary>
    public LocalDate? LastOpenOverride { get; }

    public bool WeeklyIsEmpty { get; }

    public IReadOnlyList<MinuteRange> On(LocalDate date)
    {
        if (_overrides.TryGetValue(date, out var ranges))
        {
            return ranges;
        }

        return IsHoliday(date) ? [] : _weekly.On((int)date.DayOfWeek);
    }

    /// <summary>
    /// The ranges a holiday on <paramref name="date"/> would close: the weekly ones, unless an
    /// override decides the date whatever the holidays.
    /// </summary>
    public IReadOnlyList<MinuteRange> ClosableOn(LocalDate date) =>
        _overrides.ContainsKey(date) ? [] : _weekly.On((int)date.DayOfWeek);

    // The holiday source never throws here: its unknown dates are guarded by the calendar's known bounds.
    private bool IsHoliday(LocalDate date) => _holidays.Contains(date) || (_source is not null && _source.IsClosed(date));
}
