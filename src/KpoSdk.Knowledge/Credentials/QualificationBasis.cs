namespace KpoSdk.Knowledge.Credentials;

/// <summary>What a credential gives its holder for some work in some jurisdictions.</summary>
internal enum QualificationBasis
{
    /// <summary>A legal right to perform the work, including reserved (signing) acts.</summary>
    License,

    /// <summary>Accepted as a qualification for the work; no reserved acts.</summary>
    Recognition,

    /// <summary>Evidence of familiarity with the jurisdiction's regulation.</summary>
    Knowledge,
}
