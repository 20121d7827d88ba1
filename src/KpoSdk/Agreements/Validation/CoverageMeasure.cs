using KpoSdk.Time;
using NodaTime;

namespace KpoSdk;

/// <summary>The client's business time over some dates, how much of it delivery calendars cover, and the gaps.</summary>
internal sealed record CoverageMeasure(Duration Required, Duration Covered, IReadOnlyList<Interval> Gaps)
{
    public Duration Uncovered => Required - Covered;

    /// <summary>Measures <paramref name="client"/>'s open time on <paramref name="dates"/> (in the client's zone) against the union of <paramref name="delivery"/>.</summary>
    public static CoverageMeasure Of(BusinessCalendar client, DateInterval dates, IReadOnlyList<BusinessCalendar> delivery)
    {
        var span = new Interval(
            dates.Start.AtStartOfDayInZone(client.Zone).ToInstant(),
            dates.End.PlusDays(1).AtStartOfDayInZone(client.Zone).ToInstant());
        var open = Merge(delivery.SelectMany(d => d.OpenIntervals(span)));
        var required = Duration.Zero;
        var covered = Duration.Zero;
        var gaps = new List<Interval>();
        int next = 0;
        foreach (var need in client.OpenIntervals(span))
        {
            required += need.Duration;
            var cursor = need.Start;
            while (next < open.Count && open[next].End <= need.Start)
            {
                next++;
            }

            for (int k = next; k < open.Count && open[k].Start < need.End; k++)
            {
                var from = Instant.Max(open[k].Start, need.Start);
                var to = Instant.Min(open[k].End, need.End);
                if (from > cursor)
                {
                    gaps.Add(new Interval(cursor, from));
                }

                covered += to - from;
                cursor = Instant.Max(cursor, to);
            }

            if (cursor < need.End)
            {
                gaps.Add(new Interval(cursor, need.End));
            }
        }

        return new CoverageMeasure(required, covered, gaps);
    }

    private static List<Interval> Merge(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Instant.Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }
}
