using System.Collections.Frozen;
using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time.Engine;

/// <summary>
/// Which ranges start on a given local date (rule 1 of the Time semantics): a dated exception's
/// hours if there is one, nothing on a holiday, otherwise the weekly hours of that weekday.
/// </summary>
internal sealed class DaySchedule
{
    private readonly WeeklyHoursModel _weekly;
    private readonly FrozenSet<LocalDate> _holidays;
    private readonly FrozenDictionary<LocalDate, MinuteRange[]> _exceptions;

    public DaySchedule(WeeklyHoursModel weekly, IEnumerable<LocalDate> holidays, IEnumerable<CalendarException> exceptions)
    {
        _weekly = weekly;
        _holidays = holidays.ToFrozenSet();
        _exceptions = exceptions.ToFrozenDictionary(e => e.Date, e => e.Ranges);
        var special = _holidays.Concat(_exceptions.Keys).ToList();
        LastSpecialDate = special.Count == 0 ? null : special.Max();
        var openExceptions = _exceptions.Where(e => e.Value.Length > 0).Select(e => e.Key).ToList();
        FirstOpenException = openExceptions.Count == 0 ? null : openExceptions.Min();
        LastOpenException = openExceptions.Count == 0 ? null : openExceptions.Max();
        WeeklyIsEmpty = weekly.IsClosed;
    }

    /// <summary>The latest holiday or exception date, if any.</summary>
    public LocalDate? LastSpecialDate { get; }

    /// <summary>The earliest exception that opens, if any.</summary>
    public LocalDate? FirstOpenException { get; }

    /// <summary>The latest exception that opens, if any.</summary>
    public LocalDate? LastOpenException { get; }

    public bool WeeklyIsEmpty { get; }

    public IReadOnlyList<MinuteRange> On(LocalDate date)
    {
        if (_exceptions.TryGetValue(date, out var ranges))
        {
            return ranges;
        }

        return _holidays.Contains(date) ? [] : _weekly.On((int)date.DayOfWeek);
    }
}
