using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The open intervals within <paramref name="interval"/>: ordered, disjoint, merged (ranges that
    /// touch or overlap, such as a night shift and the next morning's range, come out as one) and
    /// clipped to <paramref name="interval"/>. Enumerate with <c>foreach</c> to allocate nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="interval"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> reaches outside <see cref="MinInstant"/> to <see cref="MaxInstant"/> (both allowed; a span starting at <see cref="MaxInstant"/> is empty).</exception>
    /// <exception cref="HolidayDataUnavailableException">The interval depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public OpenIntervalSequence OpenIntervals(Interval interval)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentException("OpenIntervals needs an interval with both a start and an end.", nameof(interval));
        }

        // The end of the range is a valid start of an empty span, as it is a valid end.
        return Sequence(Positions.CheckedEnd(interval.Start, nameof(interval)), Positions.CheckedEnd(interval.End, nameof(interval)));
    }

    /// <summary>The open intervals from <paramref name="start"/> to <paramref name="end"/>; see <see cref="OpenIntervals(Interval)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">The interval depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public OpenIntervalSequence OpenIntervals(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentException($"The end {MessageText.Of(end)} is before the start {MessageText.Of(start)}.", nameof(end));
        }

        return Sequence(Positions.CheckedEnd(start, nameof(start)), Positions.CheckedEnd(end, nameof(end)));
    }

    private OpenIntervalSequence Sequence(long from, long to)
    {
        CheckKnown(from, to, "OpenIntervals");
        return new OpenIntervalSequence(this, from, to);
    }
}
