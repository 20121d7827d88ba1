using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Sla;

/// <summary>
/// Where an <see cref="SlaClock"/> stands at an instant: elapsed and remaining time, deadline,
/// breach and the highest warning threshold reached. From <see cref="SlaClock.StatusAt"/>, whose
/// remarks define each value exactly.
/// </summary>
public sealed class SlaStatus
{
    internal SlaStatus(Instant at, SlaClockState state, ServiceLevelTarget target, Duration budget, Duration elapsed, Instant? deadline, Instant? breachedAt, int? warning)
    {
        At = at;
        State = state;
        Target = target;
        Budget = budget;
        Elapsed = elapsed;
        Deadline = deadline;
        BreachedAt = breachedAt;
        Warning = warning;
    }

    /// <summary>The instant this status describes.</summary>
    public Instant At { get; }

    /// <summary>The clock's state at <see cref="At"/>.</summary>
    public SlaClockState State { get; }

    /// <summary>The target measured against.</summary>
    public ServiceLevelTarget Target { get; }

    /// <summary>The target in the clock's time (see <see cref="SlaClock.Budget"/>).</summary>
    public Duration Budget { get; }

    /// <summary>The clock time counted up to <see cref="At"/>: business time for a business-hours target, paused time excluded.</summary>
    public Duration Elapsed { get; }

    /// <summary>What is left of <see cref="Budget"/>; zero once it is used up.</summary>
    public Duration Remaining => Elapsed < Budget ? Budget - Elapsed : Duration.Zero;

    /// <summary>How much clock time has run past <see cref="Budget"/>; zero until then.</summary>
    public Duration Overdue => Elapsed > Budget ? Elapsed - Budget : Duration.Zero;

    /// <summary><see cref="Elapsed"/> as a fraction of <see cref="Budget"/> (1 at the deadline; more when overdue).</summary>
    public double ElapsedFraction => Elapsed.TotalNanoseconds / Budget.TotalNanoseconds;

    /// <summary>
    /// The instant the target is (or was) reached; <see langword="null"/> while the clock is paused,
    /// or stopped while paused, before reaching it (it depends on when the clock resumes), and when
    /// the calendar has no open time left to reach it.
    /// </summary>
    public Instant? Deadline { get; }

    /// <summary>Whether the clock has run past its deadline by <see cref="At"/>.</summary>
    public bool Breached => BreachedAt is not null;

    /// <summary>The instant from which the clock counts as breached (the deadline, or the resume after a pause at the deadline); null when not breached by <see cref="At"/>.</summary>
    public Instant? BreachedAt { get; }

    /// <summary>Whether the clock stopped without a breach: the target was met.</summary>
    public bool IsMet => State == SlaClockState.Stopped && !Breached;

    /// <summary>The highest of the target's <see cref="ServiceLevelTarget.WarningPercentages"/> that <see cref="Elapsed"/> has reached, e.g. 75; null when none has.</summary>
    public int? Warning { get; }

    /// <summary>E.g. <c>Running, 3:00:00 of 4:00:00 elapsed (warning 75 %), due 2027-03-15T18:00:00Z</c>.</summary>
    public override string ToString()
    {
        string warning = Warning is { } w ? string.Create(CultureInfo.InvariantCulture, $" (warning {w} %)") : string.Empty;
        string due = Deadline is { } d ? ", due " + InstantPattern.ExtendedIso.Format(d) : ", deadline unknown while paused";
        string breach = BreachedAt is { } b ? ", breached since " + InstantPattern.ExtendedIso.Format(b) : string.Empty;
        return $"{State}, {ServiceLevelTarget.Hours.Format(Elapsed)} of {ServiceLevelTarget.Hours.Format(Budget)} elapsed{warning}{due}{breach}";
    }
}
