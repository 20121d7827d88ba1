namespace KpoSdk;

/// <summary>
/// Where the work is delivered from relative to the client, as <see cref="ShoringRule"/> derives it
/// from the two jurisdictions; never typed in.
/// </summary>
public enum Shoring
{
    /// <summary>Delivered from the client's own country.</summary>
    Onshore = 1,

    /// <summary>Delivered from another country of the same UN M49 sub-region, or one whose default business hours overlap the client's for most of the day.</summary>
    Nearshore = 2,

    /// <summary>Delivered from a distant country: another sub-region with little overlap of business hours.</summary>
    Offshore = 3,
}
