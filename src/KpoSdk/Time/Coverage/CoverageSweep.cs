using System.Numerics;
using NodaTime;

namespace KpoSdk.Time.Coverage;

/// <summary>
/// One pass over the open intervals of the client (source 0) and the delivery centers (sources
/// 1…n), merged in time order like the merge step of merge sort. Between two consecutive
/// interval boundaries the set of open sources is constant (a bit mask), so every measure of the
/// analysis is a sum over those segments. Linear in the number of intervals (times the number of
/// centers), and it never materialises the calendars' intervals.
/// </summary>
internal sealed class CoverageSweep
{
    /// <summary>One bit per source in a <see cref="ulong"/>: the client and up to 63 centers.</summary>
    public const int MaxCenters = 63;

    private readonly (int From, int To)[] _pairs;

    private CoverageSweep(int centers, (int From, int To)[] pairs)
    {
        _pairs = pairs;
        CenterOpen = new long[centers];
        CenterCovered = new long[centers];
        CenterExclusive = new long[centers];
        PairOverlap = new long[pairs.Length];
        PairIntervals = new List<(long Start, long End)>[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            PairIntervals[i] = [];
        }
    }

    public long Required { get; private set; }

    public long Covered { get; private set; }

    public long Uncovered { get; private set; }

    public List<(long Start, long End)> Gaps { get; } = [];

    public long[] CenterOpen { get; }

    public long[] CenterCovered { get; }

    public long[] CenterExclusive { get; }

    public long[] PairOverlap { get; }

    public List<(long Start, long End)>[] PairIntervals { get; }

    /// <summary>Sweeps [<paramref name="from"/>, <paramref name="to"/>) of the client and the centers; <paramref name="pairs"/> are the source indices (center index + 1) whose overlap to measure.</summary>
    public static CoverageSweep Run(BusinessCalendar client, IReadOnlyList<BusinessCalendar> centers, Instant from, Instant to, (int From, int To)[] pairs)
    {
        int sources = centers.Count + 1;
        var cursors = new OpenIntervalSequence.Enumerator[sources];
        cursors[0] = client.OpenIntervals(from, to).GetEnumerator();
        for (int c = 0; c < centers.Count; c++)
        {
            cursors[c + 1] = centers[c].OpenIntervals(from, to).GetEnumerator();
        }

        var starts = new long[sources];
        var ends = new long[sources];
        var pending = new bool[sources];
        for (int s = 0; s < sources; s++)
        {
            pending[s] = Advance(ref cursors[s], out starts[s], out ends[s]);
        }

        var sweep = new CoverageSweep(centers.Count, pairs);
        ulong open = 0;
        long t = 0;
        while (true)
        {
            long next = long.MaxValue;
            for (int s = 0; s < sources; s++)
            {
                if (pending[s])
                {
                    next = Math.Min(next, (open & (1UL << s)) != 0 ? ends[s] : starts[s]);
                }
            }

            if (next == long.MaxValue)
            {
                break;
            }

            if (open != 0 && next > t)
            {
                sweep.Add(t, next, open);
            }

            t = next;
            for (int s = 0; s < sources; s++)
            {
                ulong bit = 1UL << s;
                if (pending[s] && (open & bit) != 0 && ends[s] == t)
                {
                    open &= ~bit;
                    pending[s] = Advance(ref cursors[s], out starts[s], out ends[s]);
                }

                if (pending[s] && (open & bit) == 0 && starts[s] == t)
                {
                    open |= bit;
                }
            }
        }

        return sweep;
    }

    public static long ToPosition(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ToInstant(long position) => NodaConstants.UnixEpoch + Duration.FromNanoseconds(position);

    private static bool Advance(ref OpenIntervalSequence.Enumerator cursor, out long start, out long end)
    {
        if (cursor.MoveNext())
        {
            start = ToPosition(cursor.Current.Start);
            end = ToPosition(cursor.Current.End);
            return true;
        }

        start = end = 0;
        return false;
    }

    /// <summary>Accounts the segment [<paramref name="start"/>, <paramref name="end"/>) during which exactly the sources in <paramref name="open"/> are open.</summary>
    private void Add(long start, long end, ulong open)
    {
        long length = end - start;
        ulong centers = open >> 1;
        for (ulong rest = centers; rest != 0; rest &= rest - 1)
        {
            CenterOpen[BitOperations.TrailingZeroCount(rest)] += length;
        }

        if ((open & 1) != 0)
        {
            Required += length;
            if (centers == 0)
            {
                Uncovered += length;
                Append(Gaps, start, end);
            }
            else
            {
                Covered += length;
                for (ulong rest = centers; rest != 0; rest &= rest - 1)
                {
                    CenterCovered[BitOperations.TrailingZeroCount(rest)] += length;
                }

                if ((centers & (centers - 1)) == 0)
                {
                    CenterExclusive[BitOperations.TrailingZeroCount(centers)] += length;
                }
            }
        }

        for (int p = 0; p < _pairs.Length; p++)
        {
            ulong both = (1UL << _pairs[p].From) | (1UL << _pairs[p].To);
            if ((open & both) == both)
            {
                PairOverlap[p] += length;
                Append(PairIntervals[p], start, end);
            }
        }
    }

    /// <summary>Appends a segment, joining it to the last one when they touch.</summary>
    private static void Append(List<(long Start, long End)> intervals, long start, long end)
    {
        if (intervals.Count > 0 && intervals[^1].End == start)
        {
            intervals[^1] = (intervals[^1].Start, end);
        }
        else
        {
            intervals.Add((start, end));
        }
    }
}
