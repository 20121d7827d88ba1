namespace KpoSdk.Knowledge.Services;

/// <summary>
/// A credential that law requires for a service line for clients in some jurisdictions only, in
/// addition to the line's own requirement: one of <see cref="AnyOf"/> must license the work there
/// (a US return preparer's PTIN).
/// </summary>
internal sealed class CredentialRequirementIn
{
    public CredentialRequirementIn(string[] jurisdictions, CredentialKind[] anyOf, string source)
    {
        Jurisdictions = jurisdictions;
        AnyOf = anyOf;
        Source = source;
    }

    /// <summary>Selectors of the client jurisdictions the requirement applies to ("@US").</summary>
    public IReadOnlyList<string> Jurisdictions { get; }

    /// <summary>The kinds of which one must license the work.</summary>
    public IReadOnlyList<CredentialKind> AnyOf { get; }

    /// <summary>The statute or regulation that sets the requirement.</summary>
    public string Source { get; }
}
