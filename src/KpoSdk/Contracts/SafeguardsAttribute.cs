namespace KpoSdk.Contracts;

/// <summary>
/// The safeguards in place for every engagement under the contract: transfer mechanisms for
/// personal data (standard contractual clauses, the UK International Data Transfer Agreement, …)
/// and the consents and agreements professions require (a § 7216 consent, a business associate
/// agreement, …). The analyzers evaluate the country/service rules with them, so a rule they lift
/// is not reported (a sanction never is lifted), and the generated <c>Validate</c> uses them too.
/// A KPO1003 or KPO1005 message names the safeguards that would lift it, and the code fix adds them.
/// </summary>
/// <example><c>[Safeguards(Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract)]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class SafeguardsAttribute : Attribute
{
    /// <summary>Declares <paramref name="safeguards"/> in place.</summary>
    /// <param name="safeguards">Defined <see cref="Safeguard"/> members; the order does not matter.</param>
    public SafeguardsAttribute(params Safeguard[] safeguards)
    {
        Safeguards = safeguards ?? [];
    }

    /// <summary>Gets the safeguards declared.</summary>
    public IReadOnlyList<Safeguard> Safeguards { get; }
}
