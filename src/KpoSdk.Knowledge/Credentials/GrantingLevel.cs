namespace KpoSdk.Knowledge.Credentials;

/// <summary>Who grants one holder's credential.</summary>
internal enum GrantingLevel
{
    /// <summary>A national authority (the IRS, ICAI).</summary>
    Country,

    /// <summary>A subdivision's authority (a US state board).</summary>
    Subdivision,

    /// <summary>The admitting authority of whichever jurisdiction admits, national or subdivision (bar admission).</summary>
    Jurisdiction,

    /// <summary>A membership or certification body (ACCA, IAPP).</summary>
    Body,
}
