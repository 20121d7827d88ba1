namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The opening hours of a week in canonical form: for each ISO day (1 = Monday … 7 = Sunday)
/// the ranges that start on that day, ordered, with overlapping or touching ranges merged. Ranges
/// of different days are never merged, because a holiday closes the ranges that start on it and
/// leaves the tail of the previous day's range open.
/// </summary>
internal sealed class WeeklyHoursModel : IEquatable<WeeklyHoursModel>
{
    private static readonly MinuteRange[] NoRanges = [];

    private readonly MinuteRange[][] _days;

    private WeeklyHoursModel(MinuteRange[][] days)
    {
        _days = days;
    }

    /// <summary>Open all the time (<c>24x7</c>).</summary>
    public static WeeklyHoursModel AlwaysOpen { get; } = Create(AllDays(new MinuteRange(0, MinuteRange.MinutesPerDay)));

    /// <summary>Never open (<c>closed</c>).</summary>
    public static WeeklyHoursModel Closed { get; } = Create([]);

    /// <summary>True when no day has any range.</summary>
    public bool IsClosed => _days.All(d => d.Length == 0);

    /// <summary>True when every day is exactly 00:00-24:00, the form written <c>24x7</c>.</summary>
    public bool IsAlwaysOpen => Equals(AlwaysOpen);

    /// <summary>The merged, ordered ranges that start on an ISO day (1 = Monday … 7 = Sunday).</summary>
    public IReadOnlyList<MinuteRange> On(int isoDay)
    {
        if (isoDay < 1 || isoDay > 7)
        {
            throw new ArgumentOutOfRangeException(nameof(isoDay), isoDay, "An ISO day of week is 1 (Monday) to 7 (Sunday).");
        }

        return _days[isoDay - 1];
    }

    /// <summary>Builds the canonical model from ranges in any order, merging per day.</summary>
    public static WeeklyHoursModel Create(IEnumerable<(int IsoDay, MinuteRange Range)> ranges)
    {
        var perDay = new List<MinuteRange>[7];
        foreach (var (isoDay, range) in ranges)
        {
            if (isoDay < 1 || isoDay > 7)
            {
                throw new ArgumentOutOfRangeException(nameof(ranges), isoDay, "An ISO day of week is 1 (Monday) to 7 (Sunday).");
            }

            (perDay[isoDay - 1] ??= []).Add(range);
        }

        var days = new MinuteRange[7][];
        for (int i = 0; i < 7; i++)
        {
            days[i] = perDay[i] is null ? NoRanges : Merge(perDay[i]);
        }

        return new WeeklyHoursModel(days);
    }

    /// <summary>Orders ranges and merges those that overlap or touch.</summary>
    public static MinuteRange[] Merge(IEnumerable<MinuteRange> ranges)
    {
        var sorted = ranges.OrderBy(r => r).ToList();
        var merged = new List<MinuteRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = new MinuteRange(last.Start, Math.Max(last.End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged.ToArray();
    }

    public bool Equals(WeeklyHoursModel? other)
    {
        if (other is null)
        {
            return false;
        }

        for (int i = 0; i < 7; i++)
        {
            if (!_days[i].SequenceEqual(other._days[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as WeeklyHoursModel);

    public override int GetHashCode()
    {
        int hash = 17;
        foreach (var day in _days)
        {
            hash = (hash * 31) + day.Length;
            foreach (var range in day)
            {
                hash = (hash * 31) + range.GetHashCode();
            }
        }

        return hash;
    }

    /// <summary>The canonical text form.</summary>
    public override string ToString() => HoursFormatter.Format(this);

    private static IEnumerable<(int, MinuteRange)> AllDays(MinuteRange range) =>
        Enumerable.Range(1, 7).Select(d => (d, range));
}
