namespace KpoSdk.Sla;

/// <summary>What happens to an <see cref="SlaClock"/> at an <see cref="SlaEvent"/>.</summary>
public enum SlaEventKind
{
    /// <summary>The clock starts (the ticket is opened); always the first event, and only once.</summary>
    Start,

    /// <summary>The clock stops counting for now (e.g. waiting for the client); only while it runs.</summary>
    Pause,

    /// <summary>The clock counts again; only while it is paused.</summary>
    Resume,

    /// <summary>The measured event happened (e.g. the first response was sent); running or paused, the clock takes no more events.</summary>
    Stop,
}
