using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Sla;

public sealed partial class SlaClock
{
    /// <summary>Throws <see cref="SlaEventException"/> when <paramref name="events"/>[<paramref name="index"/>] cannot follow the events before it.</summary>
    private static void Check(ServiceLevelTarget target, SlaEvent[] events, int index)
    {
        var e = events[index];
        if (!Enum.IsDefined(e.Kind))
        {
            throw Error(index, e, $"has the undefined kind {(int)e.Kind}; expected Start, Pause, Resume or Stop.");
        }

        if (target.Calendar is not null && (e.At < BusinessCalendar.MinInstant || e.At >= BusinessCalendar.MaxInstant))
        {
            throw Error(index, e, $"is outside the range business calendars cover ({Format(BusinessCalendar.MinInstant)} to {Format(BusinessCalendar.MaxInstant)}).");
        }

        if (index == 0)
        {
            if (e.Kind != SlaEventKind.Start)
            {
                throw Error(index, e, "comes before any Start; a history begins with the Start of the clock.");
            }

            return;
        }

        var start = events[0];
        var previous = events[index - 1];
        if (e.At < start.At)
        {
            throw Error(index, e, $"is before the clock's Start at {Format(start.At)} (event 0).");
        }

        if (e.At < previous.At)
        {
            throw Error(index, e, $"is earlier than event {index - 1} ({previous}); events must be in time order.");
        }

        var state = StateAfter(previous.Kind);
        if (state == SlaClockState.Stopped)
        {
            throw Error(index, e, $"comes after the clock stopped (event {index - 1}: {previous}); a stopped clock takes no more events.");
        }

        switch (e.Kind)
        {
            case SlaEventKind.Start:
                throw Error(index, e, $"starts the clock a second time; it was started by event 0 ({start}).");
            case SlaEventKind.Pause when state == SlaClockState.Paused:
                throw Error(index, e, $"pauses a clock that is already paused (by event {index - 1}: {previous}); expected Resume or Stop.");
            case SlaEventKind.Resume when state == SlaClockState.Running:
                throw Error(index, e, $"resumes a clock that is running, not paused (since event {index - 1}: {previous}); expected Pause or Stop.");
        }
    }

    private static SlaEventException Error(int index, SlaEvent e, string problem) =>
        new($"SLA event {index} ({e}) {problem}", index, e);

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
