using NodaTime;

namespace KpoSdk.Sla;

/// <summary>
/// The clock of one <see cref="ServiceLevelTarget"/> for one ticket: started, paused, resumed and
/// stopped by <see cref="SlaEvent"/>s, and asked for its <see cref="SlaStatus"/> at any instant.
/// </summary>
/// <remarks>
/// <para>Immutable: <see cref="Pause"/>, <see cref="Resume"/> and <see cref="Stop"/> return a new
/// clock with the event appended and leave this one as it was, so a clock can be shared between
/// threads and kept as a snapshot. <see cref="Replay"/> builds the same clock from a stored
/// history in one call.</para>
/// <para>The clock counts the target's time (<see cref="ServiceLevelTarget.Basis"/>) while it runs:
/// from the start, and from every resume, until the next pause or the stop. Events at the same
/// instant are allowed and apply in order (a pause and a resume at one instant change nothing).</para>
/// <para>Every event is checked as it is added: a history must begin with <see cref="SlaEventKind.Start"/>,
/// be in time order, pause only a running clock, resume only a paused one, start only once and
/// end at the first <see cref="SlaEventKind.Stop"/>; anything else is an
/// <see cref="SlaEventException"/> naming the event's index, kind and instant.</para>
/// </remarks>
public sealed partial class SlaClock
{
    private readonly SlaEvent[] _events;
    private readonly Segment[] _segments;

    private SlaClock(ServiceLevelTarget target, SlaEvent[] events, Segment[] segments, Duration budget)
    {
        Target = target;
        _events = events;
        _segments = segments;
        Budget = budget;
    }

    /// <summary>The target this clock measures against.</summary>
    public ServiceLevelTarget Target { get; }

    /// <summary>Every event so far, in order, beginning with the start.</summary>
    public IReadOnlyList<SlaEvent> History => _events;

    /// <summary>When the clock was started.</summary>
    public Instant StartedAt => _events[0].At;

    /// <summary>The state after the last event.</summary>
    public SlaClockState State => StateAfter(_events[^1].Kind);

    /// <summary>
    /// The target in the clock's time: <see cref="ServiceLevelTarget.Amount"/>, or for a
    /// business-day target the business time from the start to the close of the due day.
    /// </summary>
    public Duration Budget { get; }

    /// <summary>Starts a clock for <paramref name="target"/> at <paramref name="at"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="SlaEventException">The target counts business time and <paramref name="at"/> is outside the range business calendars cover.</exception>
    /// <exception cref="InvalidOperationException">A business-day target cannot be reached from <paramref name="at"/> (the calendar has too few business days left).</exception>
    public static SlaClock Start(ServiceLevelTarget target, Instant at) => Replay(target, [new SlaEvent(at, SlaEventKind.Start)]);

    /// <summary>A clock that paused at <paramref name="at"/>; this clock is unchanged.</summary>
    /// <exception cref="SlaEventException">The clock is not running (paused or stopped), or <paramref name="at"/> is before its last event.</exception>
    public SlaClock Pause(Instant at) => Append(new SlaEvent(at, SlaEventKind.Pause));

    /// <summary>A clock that resumed at <paramref name="at"/>; this clock is unchanged.</summary>
    /// <exception cref="SlaEventException">The clock is not paused, or <paramref name="at"/> is before its last event.</exception>
    public SlaClock Resume(Instant at) => Append(new SlaEvent(at, SlaEventKind.Resume));

    /// <summary>A clock that stopped at <paramref name="at"/> (the measured event happened), running or paused; this clock is unchanged.</summary>
    /// <exception cref="SlaEventException">The clock is already stopped, or <paramref name="at"/> is before its last event.</exception>
    public SlaClock Stop(Instant at) => Append(new SlaEvent(at, SlaEventKind.Stop));

    /// <summary>
    /// Rebuilds a clock from its stored history, e.g. the status changes of a ticket: a
    /// <see cref="SlaEventKind.Start"/>, then pauses, resumes and at most one stop, in time order.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="history"/> is empty.</exception>
    /// <exception cref="SlaEventException">An event is out of order or impossible; the message names its index, kind and instant.</exception>
    /// <exception cref="InvalidOperationException">A business-day target cannot be reached from the start (the calendar has too few business days left).</exception>
    public static SlaClock Replay(ServiceLevelTarget target, IEnumerable<SlaEvent> history)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(history);
        var events = history.ToArray();
        if (events.Length == 0)
        {
            throw new ArgumentException("An SLA history needs at least its Start event; got no events.", nameof(history));
        }

        var segments = new List<Segment>();
        for (int i = 0; i < events.Length; i++)
        {
            Check(target, events, i);
            AddEvent(target, segments, events[i]);
        }

        return new SlaClock(target, events, [.. segments], target.BudgetFrom(events[0].At));
    }

    private SlaClock Append(SlaEvent next)
    {
        var events = new SlaEvent[_events.Length + 1];
        _events.CopyTo(events, 0);
        events[^1] = next;
        Check(Target, events, events.Length - 1);
        var segments = new List<Segment>(_segments);
        AddEvent(Target, segments, next);
        return new SlaClock(Target, events, [.. segments], Budget);
    }

    /// <summary>Updates the running periods with an event already checked.</summary>
    private static void AddEvent(ServiceLevelTarget target, List<Segment> segments, SlaEvent e)
    {
        switch (e.Kind)
        {
            case SlaEventKind.Start or SlaEventKind.Resume:
                var before = segments.Count == 0 ? Duration.Zero : segments[^1].Before + target.Measure(segments[^1].Start, segments[^1].End!.Value);
                segments.Add(new Segment(e.At, null, before));
                break;
            case SlaEventKind.Pause or SlaEventKind.Stop when segments[^1].End is null:
                segments[^1] = segments[^1] with { End = e.At };
                break;
        }
    }

    private static SlaClockState StateAfter(SlaEventKind kind) => kind switch
    {
        SlaEventKind.Pause => SlaClockState.Paused,
        SlaEventKind.Stop => SlaClockState.Stopped,
        _ => SlaClockState.Running,
    };

    /// <summary>A running period: from a start or resume to the next pause or stop (null while still running), with the clock time counted before it.</summary>
    private readonly record struct Segment(Instant Start, Instant? End, Duration Before);
}
