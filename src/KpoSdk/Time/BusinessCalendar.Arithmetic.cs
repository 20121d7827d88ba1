using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The deadline: the instant at which <paramref name="businessTime"/> of business time has
    /// accrued since <paramref name="start"/>. It is never a later opening: 8 business hours from
    /// 09:00 in a 09:00-17:00 calendar is 17:00 the same day, not 09:00 the next. Adding zero
    /// returns <paramref name="start"/> itself, open or not. Exact to the nanosecond, and
    /// <c>Between(start, Add(start, d)) == d</c>. Allocates nothing once the calendar's blocks
    /// are built; the cost grows with the logarithm of the amount, not the amount.
    /// </summary>
    /// <remarks>Use <see cref="Add(Instant, Period)"/> to count business days instead.</remarks>
    /// <exception cref="ArgumentException"><paramref name="businessTime"/> is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">The deadline depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known (see <see cref="WithHolidays(KpoSdk.Time.HolidayCalendar)"/>).</exception>
    /// <exception cref="InvalidOperationException">
    /// The amount can never accrue: the calendar has no open time at all, no more after
    /// <paramref name="start"/>, or not enough before <see cref="MaxInstant"/>.
    /// </exception>
    public Instant Add(Instant start, Duration businessTime)
    {
        if (businessTime < Duration.Zero)
        {
            throw new ArgumentException($"Business time must not be negative; got {MessageText.Of(businessTime)}.", nameof(businessTime));
        }

        long position = Positions.Checked(start, nameof(start));
        if (businessTime == Duration.Zero)
        {
            return start;
        }

        if (_openHorizon == Positions.Min)
        {
            throw new InvalidOperationException($"The calendar '{this}' is never open, so no business time can accrue.");
        }

        if (businessTime > Duration.FromNanoseconds(Positions.Max - position))
        {
            throw BeyondRange(start, businessTime);
        }

        long amount = businessTime.ToInt64Nanoseconds();
        int k = Positions.BlockOf(position);
        var block = Block(k);
        long target = block.AccruedBefore(position) + amount;
        while (target > block.Total)
        {
            target -= block.Total;
            if (++k >= Positions.BlockCount)
            {
                throw BeyondRange(start, businessTime);
            }

            if (Positions.BlockStart(k) >= _openHorizon)
            {
                throw new InvalidOperationException(
                    $"The calendar '{this}' has no open time after its last open override, so {MessageText.Of(businessTime)} of business time from {MessageText.Of(start)} never accrues.");
            }

            block = Block(k);
        }

        long due = block.PositionWhereAccrued(target);
        CheckKnown(position, due, "Add");
        return Positions.ToInstant(due);
    }

    /// <summary>
    /// The business time elapsed from <paramref name="a"/> to <paramref name="b"/>: the measure of
    /// the open intervals within [a, b). Zero when a == b. Allocates nothing; two binary searches
    /// (plus one addition per block of about 417 days between them).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="a"/> is after <paramref name="b"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/> (<see cref="MaxInstant"/> itself is allowed).</exception>
    /// <exception cref="HolidayDataUnavailableException">The interval depends on holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public Duration Between(Instant a, Instant b)
    {
        long from = Positions.CheckedEnd(a, nameof(a));
        long to = Positions.CheckedEnd(b, nameof(b));
        if (from > to)
        {
            throw new ArgumentException($"Between(a, b) needs a at or before b; a = {MessageText.Of(a)} is after b = {MessageText.Of(b)}.", nameof(a));
        }

        CheckKnown(from, to, "Between");
        int first = Positions.BlockOf(from);
        int last = Positions.BlockOf(to);
        var block = Block(first);
        if (first == last)
        {
            return Duration.FromNanoseconds(block.AccruedBefore(to) - block.AccruedBefore(from));
        }

        long sum = block.Total - block.AccruedBefore(from);
        for (int k = first + 1; k < last && Positions.BlockStart(k) < _openHorizon; k++)
        {
            sum += Block(k).Total;
        }

        sum += Block(last).AccruedBefore(to);
        return Duration.FromNanoseconds(sum);
    }

    private InvalidOperationException BeyondRange(Instant start, Duration businessTime) =>
        new($"{MessageText.Of(businessTime)} of business time from {MessageText.Of(start)} in '{this}' would accrue only after {MessageText.Of(MaxInstant)}, the end of the range business calendars cover.");
}
