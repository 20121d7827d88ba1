namespace KpoSdk.Time.Engine;

/// <summary>
/// The open intervals of one block of instants, as positions (<see cref="Positions"/>): ordered,
/// disjoint, not touching, clipped to the block, with prefix sums of their lengths. Immutable
/// once built, so any number of threads may read it.
/// </summary>
internal sealed class IntervalBlock
{
    private readonly long[] _starts;
    private readonly long[] _ends;

    /// <summary><c>_prefix[i]</c> is the business time of intervals 0 to i-1.</summary>
    private readonly long[] _prefix;

    public IntervalBlock(long start, long end, List<(long Start, long End)> intervals)
    {
        Start = start;
        End = end;
        int n = intervals.Count;
        _starts = new long[n];
        _ends = new long[n];
        _prefix = new long[n + 1];
        for (int i = 0; i < n; i++)
        {
            _starts[i] = intervals[i].Start;
            _ends[i] = intervals[i].End;
            _prefix[i + 1] = _prefix[i] + (intervals[i].End - intervals[i].Start);
        }
    }

    /// <summary>The first position of the block.</summary>
    public long Start { get; }

    /// <summary>The position after the block's last one.</summary>
    public long End { get; }

    public int Count => _starts.Length;

    /// <summary>Business time in the whole block.</summary>
    public long Total => _prefix[_prefix.Length - 1];

    public long StartOf(int index) => _starts[index];

    public long EndOf(int index) => _ends[index];

    /// <summary>The index of the last interval starting at or before <paramref name="position"/>, or -1.</summary>
    public int Floor(long position)
    {
        int lo = 0;
        int hi = _starts.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo - 1;
    }

    /// <summary>The index of the interval containing <paramref name="position"/>, or -1.</summary>
    public int IndexContaining(long position)
    {
        int i = Floor(position);
        return i >= 0 && position < _ends[i] ? i : -1;
    }

    /// <summary>The index of the first interval ending after <paramref name="position"/> (it may contain it); Count when none.</summary>
    public int FirstEndingAfter(long position)
    {
        int i = Floor(position);
        return i >= 0 && position < _ends[i] ? i : i + 1;
    }

    /// <summary>Business time from the block's start up to <paramref name="position"/>.</summary>
    public long AccruedBefore(long position)
    {
        int i = Floor(position);
        return i < 0 ? 0 : _prefix[i] + Math.Min(position, _ends[i]) - _starts[i];
    }

    /// <summary>
    /// The earliest position by which <paramref name="accrued"/> business time (more than 0, at
    /// most <see cref="Total"/>) has accrued since the block's start: inside or at the end of an
    /// interval, never at a later opening.
    /// </summary>
    public long PositionWhereAccrued(long accrued)
    {
        // The first interval j whose prefix end reaches the amount.
        int lo = 1;
        int hi = _prefix.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_prefix[mid] >= accrued)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        int j = lo - 1;
        return _starts[j] + (accrued - _prefix[j]);
    }
}
