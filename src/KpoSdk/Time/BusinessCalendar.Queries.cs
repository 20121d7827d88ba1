using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>True when the calendar is open at <paramref name="instant"/> (open intervals include their start, not their end).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">The answer depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public bool IsOpen(Instant instant)
    {
        long position = Positions.Checked(instant, nameof(instant));
        CheckKnown(position, position + 1, "IsOpen");
        return Block(Positions.BlockOf(position)).IndexContaining(position) >= 0;
    }

    /// <summary>
    /// The first instant at or after <paramref name="instant"/> at which the calendar is open:
    /// <paramref name="instant"/> itself when it is open, otherwise the next opening. Null when
    /// the calendar never opens again before <see cref="MaxInstant"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">The answer depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public Instant? NextOpen(Instant instant)
    {
        long position = Positions.Checked(instant, nameof(instant));
        var next = FindNextOpen(instant, position);
        CheckKnown(position, next is { } open ? Positions.Of(open) + 1 : Positions.Max, "NextOpen");
        return next;
    }

    private Instant? FindNextOpen(Instant instant, long position)
    {
        for (int k = Positions.BlockOf(position); k < Positions.BlockCount; k++)
        {
            if (Positions.BlockStart(k) >= _openHorizon)
            {
                return null;
            }

            var block = Block(k);
            int i = block.FirstEndingAfter(position);
            if (i < block.Count)
            {
                long start = block.StartOf(i);
                return start > position ? Positions.ToInstant(start) : instant;
            }
        }

        return null;
    }

    /// <summary>
    /// The first instant at or after <paramref name="instant"/> at which the calendar is closed:
    /// <paramref name="instant"/> itself when it is closed, otherwise the end of the open period
    /// that contains it (which may run through several ranges that touch or overlap, e.g. across
    /// midnight). Null when the calendar stays open until <see cref="MaxInstant"/>, as a
    /// <c>24x7</c> calendar does.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">The answer depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public Instant? NextClose(Instant instant)
    {
        long position = Positions.Checked(instant, nameof(instant));
        var next = FindNextClose(instant, position);
        CheckKnown(position, next is { } close ? Positions.Of(close) + 1 : Positions.Max, "NextClose");
        return next;
    }

    private Instant? FindNextClose(Instant instant, long position)
    {
        int k = Positions.BlockOf(position);
        var block = Block(k);
        int i = block.IndexContaining(position);
        if (i < 0)
        {
            return instant;
        }

        long end = block.EndOf(i);
        while (end == block.End)
        {
            // Open up to the block's end: the period continues if the next block opens there.
            if (end >= Positions.Max || end >= _alwaysOpenFrom)
            {
                return null;
            }

            block = Block(++k);
            if (block.Count == 0 || block.StartOf(0) != end)
            {
                break;
            }

            end = block.EndOf(0);
        }

        return Positions.ToInstant(end);
    }
}
