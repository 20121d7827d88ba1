using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// What a careful interval walker does with NodaTime: go day by day from the start, resolve each
/// day's ranges to instants and sweep them in order (which also merges ranges that overlap).
/// Linear in the number of days the amount spans.
/// </summary>
internal sealed class DayWalkCalendar(NaiveSchedule schedule)
{
    public Instant Add(Instant start, Duration businessTime)
    {
        if (businessTime == Duration.Zero)
        {
            return start;
        }

        var covered = start;
        var remaining = businessTime;
        for (var date = start.InZone(schedule.Zone).Date.PlusDays(-2); ; date = date.PlusDays(1))
        {
            foreach (var range in schedule.RangesOn(date))
            {
                var (s, e) = schedule.Resolve(date, range);
                if (s < covered)
                {
                    s = covered;
                }

                if (e <= s)
                {
                    continue;
                }

                if (e - s >= remaining)
                {
                    return s + remaining;
                }

                remaining -= e - s;
                covered = e;
            }
        }
    }

    public Duration Between(Instant a, Instant b)
    {
        var covered = a;
        var total = Duration.Zero;
        var last = b.InZone(schedule.Zone).Date;
        for (var date = a.InZone(schedule.Zone).Date.PlusDays(-2); date <= last; date = date.PlusDays(1))
        {
            foreach (var range in schedule.RangesOn(date))
            {
                var (s, e) = schedule.Resolve(date, range);
                if (s < covered)
                {
                    s = covered;
                }

                if (e > b)
                {
                    e = b;
                }

                if (e > s)
                {
                    total += e - s;
                    covered = e;
                }
            }
        }

        return total;
    }
}
