using KpoSdk.Knowledge.Text;
using NodaTime;
using NodaTime.TimeZones;

namespace KpoSdk.Time.Engine;

/// <summary>
/// Materialises the open intervals of one block from the day schedule and the zone, following
/// rule 2 of the Time semantics: a range starts at the first instant the wall clock reads its
/// start (after a gap: the first instant after it; twice: the earlier) and ends likewise except
/// that a time occurring twice maps to the later occurrence.
/// </summary>
internal static class BlockBuilder
{
    public static readonly ZoneLocalMappingResolver StartResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static readonly ZoneLocalMappingResolver EndResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnLater, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>
    /// Local dates whose ranges can reach a block: a range ends at most two days after its date,
    /// and a zone's offset is within ±18 hours of UTC.
    /// </summary>
    private const int DaysBefore = 3;

    private const int DaysAfter = 2;

    public static IntervalBlock Build(DateTimeZone zone, DaySchedule schedule, int block)
    {
        long start = Positions.BlockStart(block);
        long end = Positions.BlockEnd(block);
        var first = Positions.ToInstant(start).InUtc().Date.PlusDays(-DaysBefore);
        var last = Positions.ToInstant(end).InUtc().Date.PlusDays(DaysAfter);

        var raw = new List<(long Start, long End)>();
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var range in schedule.On(date))
            {
                var (s, e) = Resolve(zone, date, range);
                if (e > s)
                {
                    raw.Add((s, e));
                }
            }
        }

        raw.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(long Start, long End)>(raw.Count);
        foreach (var (s, e) in raw)
        {
            long clippedStart = Math.Max(s, start);
            long clippedEnd = Math.Min(e, end);
            if (clippedEnd <= clippedStart)
            {
                continue;
            }

            if (merged.Count > 0 && clippedStart <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, clippedEnd));
            }
            else
            {
                merged.Add((clippedStart, clippedEnd));
            }
        }

        return new IntervalBlock(start, end, merged);
    }

    /// <summary>The instants a range of <paramref name="date"/> opens and closes (rule 2).</summary>
    public static (long Start, long End) Resolve(DateTimeZone zone, LocalDate date, MinuteRange range)
    {
        var midnight = date.AtMidnight();
        var start = zone.ResolveLocal(midnight.PlusMinutes(range.Start), StartResolver).ToInstant();
        var end = zone.ResolveLocal(midnight.PlusMinutes(range.End), EndResolver).ToInstant();
        return (Positions.Of(start), Positions.Of(end));
    }
}
