using System.Globalization;
using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// A range of wall-clock times that starts on one day and may end on the next: the opening hours
/// of one day, such as 09:00-17:00 or the night shift 22:00-06:00. Times are whole minutes. The
/// range is half-open: open at <see cref="Start"/>, closed again at <see cref="End"/>.
/// </summary>
/// <remarks>
/// <c>default(TimeRange)</c> is empty and is rejected wherever hours are built; use a
/// constructor or <see cref="AllDay"/>.
/// </remarks>
public readonly struct TimeRange : IEquatable<TimeRange>
{
    private readonly MinuteRange _minutes;

    /// <summary>
    /// A range from <paramref name="start"/> to <paramref name="end"/>, read as the text form
    /// reads them: an end that is not after the start is on the next day, so 22:00-06:00 is 8
    /// hours and 09:00-09:00 (or 00:00-00:00) is 24 hours.
    /// </summary>
    /// <exception cref="ArgumentException">A time is not a whole minute.</exception>
    public TimeRange(LocalTime start, LocalTime end)
    {
        _minutes = MinuteRange.FromClockTimes(MinuteOf(start, nameof(start)), MinuteOf(end, nameof(end)));
    }

    internal TimeRange(MinuteRange minutes)
    {
        _minutes = minutes;
    }

    /// <summary>00:00-24:00, the whole of one day.</summary>
    public static TimeRange AllDay { get; } = new(new MinuteRange(0, MinuteRange.MinutesPerDay));

    /// <summary>
    /// A range from a start time and a wall-clock length of 1 minute up to the end of the next
    /// day (ranges merged from overlapping ones can exceed 24 hours).
    /// </summary>
    /// <exception cref="ArgumentException">The start or the length is not a whole number of minutes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range would be empty or end after 23:59 on the next day.</exception>
    public static TimeRange FromStartAndLength(LocalTime start, Duration length)
    {
        int startMinute = MinuteOf(start, nameof(start));
        if (length.SubsecondNanoseconds != 0 || length.Seconds != 0)
        {
            throw new ArgumentException($"The length {MessageText.Of(length)} must be a whole number of minutes.", nameof(length));
        }

        long minutes = (long)length.TotalMinutes;
        if (minutes < 1 || startMinute + minutes > MinuteRange.MaxEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"A range starting at {ClockTimeText.Format(startMinute)} must last at least a minute and end by 23:59 on the next day.");
        }

        return new TimeRange(new MinuteRange(startMinute, startMinute + (int)minutes));
    }

    /// <summary>The wall-clock time at which the range opens, on its own day.</summary>
    public LocalTime Start => LocalTime.FromMinutesSinceMidnight(_minutes.Start);

    /// <summary>
    /// The wall-clock time at which the range closes: on the same day, or on the next one when
    /// <see cref="EndsNextDay"/> is true (so 09:00-24:00 ends at 00:00 of the next day).
    /// </summary>
    public LocalTime End => LocalTime.FromMinutesSinceMidnight(_minutes.End % MinuteRange.MinutesPerDay);

    /// <summary>True when <see cref="End"/> falls on the day after the range's start day.</summary>
    public bool EndsNextDay => _minutes.End >= MinuteRange.MinutesPerDay;

    /// <summary>
    /// The nominal wall-clock length. The elapsed time can differ on days when the clocks change:
    /// a BusinessCalendar measures that.
    /// </summary>
    public Duration Length => Duration.FromMinutes(_minutes.Length);

    internal MinuteRange Minutes => _minutes;

    internal bool IsEmpty => _minutes.End == 0;

    /// <summary>Equal when start and end (including the day of the end) are equal.</summary>
    public bool Equals(TimeRange other) => _minutes.Equals(other._minutes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimeRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _minutes.GetHashCode();

    /// <summary>True when the two ranges are equal.</summary>
    public static bool operator ==(TimeRange left, TimeRange right) => left.Equals(right);

    /// <summary>True when the two ranges differ.</summary>
    public static bool operator !=(TimeRange left, TimeRange right) => !left.Equals(right);

    /// <summary>The text form, e.g. <c>09:00-17:00</c>, <c>22:00-06:00</c>, <c>00:00-24:00</c>.</summary>
    public override string ToString() => IsEmpty ? "empty" : DayHoursText.Format([_minutes]);

    internal static int MinuteOf(LocalTime time, string parameter)
    {
        if (time.Second != 0 || time.NanosecondOfSecond != 0)
        {
            throw new ArgumentException($"Opening hours are whole minutes; {time.ToString("HH':'mm':'ss.FFFFFFFFF", CultureInfo.InvariantCulture)} has seconds.", parameter);
        }

        return (time.Hour * 60) + time.Minute;
    }

    internal MinuteRange Validated(string parameter) =>
        IsEmpty ? throw new ArgumentException("default(TimeRange) is empty; build ranges with a constructor or TimeRange.AllDay.", parameter) : _minutes;
}
