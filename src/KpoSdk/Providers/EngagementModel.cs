namespace KpoSdk;

/// <summary>Who delivers the work in relation to the client.</summary>
public enum EngagementModel
{
    /// <summary>An independent provider under a services contract (outsourcing proper).</summary>
    ThirdParty = 1,

    /// <summary>
    /// A captive centre: a division or subsidiary of the client's own group (in-house offshoring).
    /// The same country rules apply, and intra-group transfers still need a transfer safeguard such
    /// as binding corporate rules.
    /// </summary>
    Captive = 2,
}
