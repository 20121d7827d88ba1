using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// The simplest correct SLA clock: look at every minute and ask whether it is open, by
/// resolving the ranges of the dates that can reach it. Exact for whole-minute starts in zones
/// with whole-minute offsets, which is what the benchmarks feed it.
/// </summary>
internal sealed class MinuteSteppingCalendar(NaiveSchedule schedule)
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    public Instant Add(Instant start, Duration businessTime)
    {
        var t = start;
        var accrued = Duration.Zero;
        while (accrued < businessTime)
        {
            if (IsOpen(t))
            {
                accrued += Minute;
            }

            t += Minute;
        }

        return t;
    }

    public Duration Between(Instant a, Instant b)
    {
        var total = Duration.Zero;
        for (var t = a; t < b; t += Minute)
        {
            if (IsOpen(t))
            {
                total += Minute;
            }
        }

        return total;
    }

    public bool IsOpen(Instant t)
    {
        var date = t.InZone(schedule.Zone).Date;
        for (var d = date.PlusDays(-2); d <= date; d = d.PlusDays(1))
        {
            foreach (var range in schedule.RangesOn(d))
            {
                var (start, end) = schedule.Resolve(d, range);
                if (start <= t && t < end)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
