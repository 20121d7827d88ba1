using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Sla;

public sealed partial class SlaClock
{
    /// <summary>
    /// The clock's status at <paramref name="at"/>, from the events up to and including
    /// <paramref name="at"/> (later events are ignored, so past states can be asked for too).
    /// </summary>
    /// <remarks>
    /// <para>Elapsed time counts the running periods up to <paramref name="at"/>, in the target's
    /// time (business time for a business-hours target). The target is reached at the instant the
    /// elapsed time equals <see cref="Budget"/>; the clock is breached once it is running after
    /// that instant (so a 4-business-hour response due at 17:00 is breached from 17:00 on while
    /// the clock runs, overnight included, though no more business time accrues; a clock stopped
    /// at exactly the deadline met it; a clock paused at the deadline is breached only after it
    /// resumes).</para>
    /// <para>The deadline: the instant the target was reached, when it was by <paramref name="at"/>;
    /// otherwise, while running, the instant it will be reached if the clock is not paused, and
    /// for a clock stopped while running, the deadline as it stood at the stop. While paused (and
    /// when stopped while paused) the deadline is <see langword="null"/>: it depends on when the
    /// clock resumes. It is also null when the calendar has no open time left to reach it.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the clock started.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target counts business time and <paramref name="at"/> is outside the range business calendars cover.</exception>
    public SlaStatus StatusAt(Instant at)
    {
        if (at < StartedAt)
        {
            throw new ArgumentException(
                $"The status is asked for at {InstantPattern.ExtendedIso.Format(at)}, before the clock started at {InstantPattern.ExtendedIso.Format(StartedAt)}.",
                nameof(at));
        }

        var state = StateAfter(LastEventAtOrBefore(at).Kind);
        var elapsed = Duration.Zero;
        Instant? reached = null;
        Instant? breachedAt = null;
        bool breachOnResume = false;
        Segment current = default;
        foreach (var segment in _segments)
        {
            if (segment.Start > at)
            {
                break;
            }

            current = segment;
            if (breachOnResume)
            {
                breachedAt = segment.Start;
                breachOnResume = false;
            }

            var end = segment.End is { } e && e <= at ? e : at;
            elapsed = segment.Before + Target.Measure(segment.Start, end);
            if (reached is null && elapsed >= Budget)
            {
                reached = Target.Accrue(segment.Start, Budget - segment.Before);
                if (segment.End is not { } stop || reached < stop)
                {
                    breachedAt = reached;
                }
                else
                {
                    breachOnResume = true;
                }
            }
        }

        var deadline = reached ?? (state == SlaClockState.Running || (state == SlaClockState.Stopped && LastRunningEndsAtStop())
            ? Projected(current)
            : null);
        bool breached = breachedAt is { } b && b < at;
        return new SlaStatus(at, state, Target, Budget, elapsed, deadline, breached ? breachedAt : null, WarningReached(elapsed));
    }

    private SlaEvent LastEventAtOrBefore(Instant at)
    {
        int i = _events.Length - 1;
        while (_events[i].At > at)
        {
            i--;
        }

        return _events[i];
    }

    /// <summary>Whether the stop ended a running period (rather than coming while paused).</summary>
    private bool LastRunningEndsAtStop() => _events.Length >= 2 && _events[^2].Kind is SlaEventKind.Start or SlaEventKind.Resume;

    private Instant? Projected(Segment running)
    {
        try
        {
            return Target.Accrue(running.Start, Budget - running.Before);
        }
        catch (InvalidOperationException)
        {
            // The calendar has no open time left in which the rest could accrue.
            return null;
        }
    }

    private int? WarningReached(Duration elapsed)
    {
        // Durations can exceed a long of nanoseconds (292 years), e.g. a calendar-time clock
        // asked about an instant centuries on; Int128 holds any Duration's nanoseconds times 100.
        Int128 scaled = (Int128)elapsed.ToBigIntegerNanoseconds() * 100;
        Int128 budget = (Int128)Budget.ToBigIntegerNanoseconds();
        int? highest = null;
        foreach (int percent in Target.WarningPercentages)
        {
            if (scaled >= budget * percent)
            {
                highest = percent;
            }
        }

        return highest;
    }
}
