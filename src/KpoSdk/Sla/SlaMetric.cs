namespace KpoSdk.Sla;

/// <summary>What a <see cref="ServiceLevelTarget"/> measures: the time from a ticket's start to a particular event.</summary>
public enum SlaMetric
{
    /// <summary>Time until the first reply to the client.</summary>
    FirstResponse,

    /// <summary>Time until the next reply after the client wrote again.</summary>
    NextResponse,

    /// <summary>Time until the request is resolved.</summary>
    Resolution,
}
