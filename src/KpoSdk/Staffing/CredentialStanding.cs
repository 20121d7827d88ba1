namespace KpoSdk;

/// <summary>How one held credential stands for a service to a client on a date (internal to the staffing checks).</summary>
internal enum CredentialStanding
{
    /// <summary>The credential is valid and licenses the holder for the service in the client jurisdiction.</summary>
    Licensed,

    /// <summary>The credential is valid and is recognised as a qualification for the service there, without reserved acts.</summary>
    Recognized,

    /// <summary>The credential is valid and is evidence of familiarity with the client's regulation only.</summary>
    Knowledge,

    /// <summary>The credential would count but has expired.</summary>
    Expired,

    /// <summary>The jurisdiction named as granting it cannot grant this kind of credential.</summary>
    NotGrantable,

    /// <summary>The credential does not count for this service in the client jurisdiction.</summary>
    NotRecognized,
}
