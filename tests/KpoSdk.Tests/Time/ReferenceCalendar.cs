using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

/// <summary>
/// A deliberately naive business calendar to check the real one against: it marks, minute by
/// minute, which minutes of a window are open, straight from the three rules, and answers every
/// question by stepping through those minutes. It works only where zone offsets are whole
/// minutes (true for every zone the tests use, in the years they use) and only inside its window.
/// </summary>
internal sealed class ReferenceCalendar
{
    private readonly Instant _windowStart;
    private readonly bool[] _open;

    public ReferenceCalendar(
        DateTimeZone zone,
        WeeklyHours hours,
        IEnumerable<LocalDate> holidays,
        IEnumerable<HoursOverride> exceptions,
        Instant windowStart,
        int windowMinutes)
    {
        _windowStart = windowStart;
        _open = new bool[windowMinutes];
        var holidaySet = holidays.ToHashSet();
        var exceptionMap = exceptions.ToDictionary(e => e.Date, e => e.Hours);

        var firstDate = windowStart.InUtc().Date.PlusDays(-3);
        var lastDate = WindowEnd.InUtc().Date.PlusDays(3);
        for (var date = firstDate; date <= lastDate; date = date.PlusDays(1))
        {
            // Rule 1: the ranges that start on this date.
            IEnumerable<TimeRange> ranges =
                exceptionMap.TryGetValue(date, out var replaced) ? replaced
                : holidaySet.Contains(date) ? []
                : hours.On(date.DayOfWeek);
            foreach (var range in ranges)
            {
                var localStart = date.At(range.Start);
                var localEnd = localStart.PlusMinutes((long)range.Length.TotalMinutes);

                // Rule 2: skipped → first instant after the gap; twice → earlier for a start, later for an end.
                var start = FirstInstant(zone, localStart);
                var end = LastInstant(zone, localEnd);
                Assert.True((start - windowStart).ToInt64Nanoseconds() % 60_000_000_000L == 0, "The reference needs whole-minute zone offsets.");
                for (var t = start; t < end; t += Duration.FromMinutes(1))
                {
                    long index = (t - windowStart).ToInt64Nanoseconds() / 60_000_000_000L;
                    if (index >= 0 && index < _open.Length)
                    {
                        _open[index] = true;
                    }
                }
            }
        }
    }

    public Instant WindowEnd => _windowStart + Duration.FromMinutes(_open.Length);

    public bool IsOpen(Instant t) => _open[Index(t)];

    public Instant? NextOpen(Instant t)
    {
        if (IsOpen(t))
        {
            return t;
        }

        for (int m = Index(t) + 1; m < _open.Length; m++)
        {
            if (_open[m])
            {
                return MinuteStart(m);
            }
        }

        return null;
    }

    public Instant? NextClose(Instant t)
    {
        if (!IsOpen(t))
        {
            return t;
        }

        for (int m = Index(t) + 1; m < _open.Length; m++)
        {
            if (!_open[m])
            {
                return MinuteStart(m);
            }
        }

        return null;
    }

    /// <summary>Business time in [a, b): the open part of every minute between them.</summary>
    public Duration Between(Instant a, Instant b)
    {
        var total = Duration.Zero;
        for (int m = Index(a); m < _open.Length && MinuteStart(m) < b; m++)
        {
            if (_open[m])
            {
                var from = Max(a, MinuteStart(m));
                var to = Min(b, MinuteStart(m + 1));
                total += to - from;
            }
        }

        return total;
    }

    /// <summary>Steps minute by minute until the amount has accrued; null when the window ends first.</summary>
    public Instant? Add(Instant t, Duration amount)
    {
        if (amount == Duration.Zero)
        {
            return t;
        }

        var accrued = Duration.Zero;
        for (int m = Index(t); m < _open.Length; m++)
        {
            if (!_open[m])
            {
                continue;
            }

            var from = Max(t, MinuteStart(m));
            var available = MinuteStart(m + 1) - from;
            if (accrued + available >= amount)
            {
                return from + (amount - accrued);
            }

            accrued += available;
        }

        return null;
    }

    /// <summary>Runs of open minutes within [a, b), clipped; b must be inside the window.</summary>
    public List<Interval> OpenIntervals(Instant a, Instant b)
    {
        Assert.True(b <= WindowEnd);
        var result = new List<Interval>();
        Instant? runStart = null;
        for (int m = Index(a); m < _open.Length && MinuteStart(m) < b; m++)
        {
            if (_open[m] && runStart is null)
            {
                runStart = Max(a, MinuteStart(m));
            }
            else if (!_open[m] && runStart is { } s)
            {
                result.Add(new Interval(s, MinuteStart(m)));
                runStart = null;
            }
        }

        if (runStart is { } open)
        {
            result.Add(new Interval(open, b));
        }

        return result;
    }

    private static Instant FirstInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.First().ToInstant();
    }

    private static Instant LastInstant(DateTimeZone zone, LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? mapping.LateInterval.Start : mapping.Last().ToInstant();
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private int Index(Instant t)
    {
        long nanos = (t - _windowStart).ToInt64Nanoseconds();
        Assert.True(nanos >= 0 && nanos < (long)_open.Length * 60_000_000_000L, $"{t} is outside the reference window.");
        return (int)(nanos / 60_000_000_000L);
    }

    private Instant MinuteStart(int m) => _windowStart + Duration.FromMinutes(m);
}
