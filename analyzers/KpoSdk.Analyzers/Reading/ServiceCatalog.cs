using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.Reading;

/// <summary>
/// The provider's catalog as the compilation sees it: the <c>[assembly: ServiceOffering]</c>
/// attributes of the assembly being compiled and of every referenced assembly that references
/// KpoSdk. Read once per compilation, on first use. Offerings with malformed codes are left out
/// (the input analyzer reports them).
/// </summary>
internal sealed class ServiceCatalog
{
    private readonly Dictionary<(SyntaxTree, TextSpan), AttributeData> _ownBySyntax;

    private ServiceCatalog(ImmutableArray<Offering> offerings, Dictionary<(SyntaxTree, TextSpan), AttributeData> ownBySyntax)
    {
        Offerings = offerings;
        _ownBySyntax = ownBySyntax;
    }

    public ImmutableArray<Offering> Offerings { get; }

    /// <summary>Whether any catalog is declared; without one, KPO1004 has nothing to compare with.</summary>
    public bool IsDeclared => !Offerings.IsEmpty;

    public static ServiceCatalog Read(Compilation compilation, SdkSymbols sdk, CancellationToken cancellationToken)
    {
        var offerings = ImmutableArray.CreateBuilder<Offering>();
        var own = new Dictionary<(SyntaxTree, TextSpan), AttributeData>();
        if (sdk.ServiceOffering is not { } type)
        {
            return new ServiceCatalog(offerings.ToImmutable(), own);
        }

        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type) && attribute.ApplicationSyntaxReference is { } reference)
            {
                own[(reference.SyntaxTree, reference.Span)] = attribute;
                if (ReadOffering(attribute) is { } offering)
                {
                    offerings.Add(offering);
                }
            }
        }

        string sdkName = sdk.KpoSdkAssembly?.Name ?? "KpoSdk";
        foreach (var referenced in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!References(referenced, sdkName))
            {
                continue;
            }

            foreach (var attribute in referenced.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type) && ReadOffering(attribute) is { } offering)
                {
                    offerings.Add(offering);
                }
            }
        }

        return new ServiceCatalog(offerings.ToImmutable(), own);
    }

    /// <summary>The <c>ServiceOffering</c> attribute data written by <paramref name="syntax"/> in this assembly, if it is one.</summary>
    public AttributeData? Find(SyntaxNode syntax) => _ownBySyntax.TryGetValue((syntax.SyntaxTree, syntax.Span), out var attribute) ? attribute : null;

    /// <summary>The offering of a <c>ServiceOffering</c> attribute whose service and both lists are valid; null otherwise.</summary>
    public static Offering? ReadOffering(AttributeData attribute)
    {
        if (attribute.AttributeConstructor is null
            || attribute.ConstructorArguments.Length != 1
            || !RuleChecks.TryService(attribute.ConstructorArguments[0].Value, out var service))
        {
            return null;
        }

        string? clients = null, deliveredFrom = null;
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Value.Kind is TypedConstantKind.Error)
            {
                return null;
            }

            // Safeguards is an array; the lists are strings.
            if (pair.Key == ContractAttributeNames.Clients && pair.Value.Kind != TypedConstantKind.Array)
            {
                clients = pair.Value.Value as string;
            }
            else if (pair.Key == ContractAttributeNames.DeliveredFrom && pair.Value.Kind != TypedConstantKind.Array)
            {
                deliveredFrom = pair.Value.Value as string;
            }
        }

        return clients is not null && deliveredFrom is not null
            && Knowledge.Text.JurisdictionListText.TryParse(clients, out var clientIds)
            && Knowledge.Text.JurisdictionListText.TryParse(deliveredFrom, out var deliveryIds)
            ? new Offering(service, ImmutableArray.Create(clientIds), ImmutableArray.Create(deliveryIds))
            : null;
    }

    private static bool References(IAssemblySymbol assembly, string sdkName)
    {
        foreach (var module in assembly.Modules)
        {
            foreach (var identity in module.ReferencedAssemblies)
            {
                if (identity.Name == sdkName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A short list of what is designated for <paramref name="service"/>, for the KPO1004 message.</summary>
    public string DescribeDesignations(ServiceLine service, JurisdictionId client)
    {
        var from = new List<string>();
        var clients = new List<string>();
        foreach (var offering in Offerings)
        {
            if (offering.IsFor(service, client))
            {
                from.AddRange(offering.DeliveredFrom.Select(Jurisdictions.Format));
            }
            else if (offering.Service == service)
            {
                clients.AddRange(offering.Clients.Select(Jurisdictions.Format));
            }
        }

        if (from.Count > 0)
        {
            return $"for this client it is designated only from {string.Join(", ", from.Distinct())}";
        }

        return clients.Count > 0
            ? $"this service is designated only for clients in {string.Join(", ", clients.Distinct())}"
            : "the catalog does not designate this service at all";
    }
}
