namespace KpoSdk.Sla;

/// <summary>
/// An SLA clock was given an event it cannot take: out of time order, before the start, a second
/// start, a resume without a pause, a pause while paused, or anything after the stop. The message
/// names the event's index in the history, its kind and its instant, and what was expected.
/// </summary>
public sealed class SlaEventException : InvalidOperationException
{
    /// <summary>Creates the exception for the event at <paramref name="eventIndex"/>.</summary>
    /// <param name="message">What is wrong with the event and what was expected.</param>
    /// <param name="eventIndex">The 0-based index of the event in the clock's history (for a method such as <see cref="SlaClock.Pause"/>, the index it would have had).</param>
    /// <param name="slaEvent">The rejected event.</param>
    public SlaEventException(string message, int eventIndex, SlaEvent slaEvent)
        : base(message)
    {
        EventIndex = eventIndex;
        Event = slaEvent;
    }

    /// <summary>The 0-based index of the rejected event in the history.</summary>
    public int EventIndex { get; }

    /// <summary>The rejected event.</summary>
    public SlaEvent Event { get; }
}
