using System.Collections.Immutable;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>
/// What <see cref="ContractReader"/> read from one type's contract attributes: each part that is
/// valid, and whether anything was not. The generator completes a type only when
/// <see cref="IsComplete"/>; the analyzers run the checks that build on the valid parts (rules,
/// catalog, consistency) and locate them with the methods here, which read syntax only when asked.
/// </summary>
internal sealed class ContractDeclaration
{
    public ContractDeclaration(INamedTypeSymbol type, AttributeData? contract)
    {
        Type = type;
        Contract = contract;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The <c>[ServiceLevelContract]</c>, or null when the type only carries other contract attributes.</summary>
    public AttributeData? Contract { get; }

    public ServiceLine? Service { get; set; }

    public JurisdictionId? Client { get; set; }

    /// <summary>The delivery jurisdictions, primary first; default when missing or malformed.</summary>
    public ImmutableArray<SpannedJurisdiction> Deliveries { get; set; }

    public CoverageDeclaration? Coverage { get; set; }

    public TargetDeclaration? Response { get; set; }

    public TargetDeclaration? Resolution { get; set; }

    public List<CredentialDeclaration> Credentials { get; } = [];

    public List<LanguageDeclaration> Languages { get; } = [];

    /// <summary>The safeguards of <c>[Safeguards]</c> that name a member, in declaration order, each once.</summary>
    public List<Safeguard> Safeguards { get; } = [];

    /// <summary>The <c>[Safeguards]</c> attribute, or null: where a code fix adds to.</summary>
    public AttributeData? SafeguardsAttribute { get; set; }

    /// <summary>Whether a response attribute is applied (valid or not): the generated part then declares its members.</summary>
    public bool HasResponseAttribute { get; set; }

    /// <summary>Whether a resolution attribute is applied (valid or not).</summary>
    public bool HasResolutionAttribute { get; set; }

    /// <summary>True when some value is missing, malformed or names nothing (a diagnostic explains it, or a compiler error does).</summary>
    public bool HasErrors { get; set; }

    /// <summary>Whether the service, the client and every delivery jurisdiction are valid: what the rule and catalog checks need.</summary>
    public bool HasCase => Service is not null && Client is not null && !Deliveries.IsDefault;

    /// <summary>Whether the generator can complete the contract from this declaration.</summary>
    public bool IsComplete => Contract is not null && !HasErrors && HasCase && Coverage is { ZoneId: not null, Hours: not null };

    /// <summary>Where the client's code is written.</summary>
    public Location ClientLocation(CancellationToken cancellationToken) =>
        AttributeArgument.TryNamed(Contract!, ContractAttributeNames.Client, cancellationToken, out var client) && client.Text is { } text
            ? client.Locate(0, text.Length)
            : Location.None;

    /// <summary>Where the code of delivery jurisdiction <paramref name="index"/> is written.</summary>
    public Location DeliveryLocation(int index, CancellationToken cancellationToken) =>
        AttributeArgument.TryNamed(Contract!, ContractAttributeNames.DeliveredFrom, cancellationToken, out var deliveredFrom)
            ? deliveredFrom.Locate(Deliveries[index].Start, Deliveries[index].Length)
            : Location.None;
}
