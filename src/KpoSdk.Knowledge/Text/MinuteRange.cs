namespace KpoSdk.Knowledge.Text;

/// <summary>
/// An opening range of one day as minutes since that day's midnight, half-open
/// <c>[Start, End)</c>. <see cref="Start"/> lies in the day (0 to 1439); <see cref="End"/> is
/// after it and exceeds 1440 when the range crosses midnight into the next day. A range parsed
/// from text is at most 24 hours long; merging overlapping ranges of one day can make a longer
/// one (up to 2879, i.e. 23:59 on the next day).
/// </summary>
internal readonly struct MinuteRange : IEquatable<MinuteRange>, IComparable<MinuteRange>
{
    /// <summary>Minutes in a (nominal) day.</summary>
    public const int MinutesPerDay = 1440;

    /// <summary>The largest end: the latest start (23:59) plus 24 hours.</summary>
    public const int MaxEnd = (2 * MinutesPerDay) - 1;

    public MinuteRange(int start, int end)
    {
        if (start < 0 || start >= MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A range must start between 00:00 and 23:59 (0 to 1439 minutes).");
        }

        if (end <= start || end > MaxEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"A range starting at minute {start} must end after it and no later than minute {MaxEnd} (23:59 on the next day).");
        }

        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool CrossesMidnight => End > MinutesPerDay;

    /// <summary>
    /// The range from a start and an end read as clock times (0 to 1440): an end that is not
    /// after the start means the next day, so <c>22:00-06:00</c> is 8 hours and
    /// <c>09:00-09:00</c> is 24 hours.
    /// </summary>
    public static MinuteRange FromClockTimes(int start, int end) =>
        new(start, end > start ? end : end + MinutesPerDay);

    public bool Equals(MinuteRange other) => Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is MinuteRange other && Equals(other);

    public override int GetHashCode() => (Start * 4099) ^ End;

    public int CompareTo(MinuteRange other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public static bool operator ==(MinuteRange left, MinuteRange right) => left.Equals(right);

    public static bool operator !=(MinuteRange left, MinuteRange right) => !left.Equals(right);

    public override string ToString() => HoursFormatter.FormatRanges(new[] { this });
}
