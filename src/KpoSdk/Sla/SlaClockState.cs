namespace KpoSdk.Sla;

/// <summary>The state of a started <see cref="SlaClock"/>.</summary>
public enum SlaClockState
{
    /// <summary>Counting time.</summary>
    Running,

    /// <summary>Not counting until resumed.</summary>
    Paused,

    /// <summary>Finished: the measured event happened.</summary>
    Stopped,
}
