using KpoSdk.Knowledge.Contracts;
using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>
/// The one reader of contract declarations, shared by the generator and the analyzers in the way
/// the .NET Regex generator shares its parser: one parse function with a report callback. With a
/// <see cref="Report"/>, every missing, malformed or undefined value becomes a diagnostic at the
/// exact characters (KPO0001-0005, KPO9005, KPO9006); without one (the generator), nothing touches
/// syntax or builds a message, and the caller keeps only what <see cref="ContractDeclaration"/>
/// says is valid. So the generator skips a contract exactly when the analyzers say why.
/// </summary>
internal static partial class ContractReader
{
    private const string CoverageExample = "add the client's business hours in the client's time zone, e.g. [CoverageWindow(\"America/New_York\", \"Mon-Fri 09:00-17:00\")]";

    /// <summary>
    /// Reads the contract attributes of <paramref name="type"/>; null when it carries none (the
    /// common case, decided without allocating). <paramref name="report"/> receives the diagnostics
    /// of the values; null to read only.
    /// </summary>
    public static ContractDeclaration? Read(INamedTypeSymbol type, Report? report, CancellationToken cancellationToken)
    {
        var attributes = type.GetAttributes();
        AttributeData? contract = null;
        bool any = false;
        foreach (var attribute in attributes)
        {
            if (KindOf(attribute) is { } kind)
            {
                any = true;
                if (kind == ContractAttributeNames.ServiceLevelContract)
                {
                    contract ??= attribute;
                }
            }
        }

        if (!any)
        {
            return null;
        }

        var declaration = new ContractDeclaration(type, contract);
        var reader = new Context(declaration, report, cancellationToken);
        int contracts = 0;
        foreach (var attribute in attributes)
        {
            switch (KindOf(attribute))
            {
                case ContractAttributeNames.ServiceLevelContract:
                    // A repeated single-use attribute is CS0579; the second one is not read.
                    if (++contracts == 1)
                    {
                        reader.ReadContract(attribute);
                    }
                    else
                    {
                        declaration.HasErrors = true;
                    }

                    break;
                case ContractAttributeNames.CoverageWindow:
                    reader.ReadCoverage(attribute);
                    break;
                case ContractAttributeNames.ResponseTime:
                    declaration.HasErrors |= declaration.HasResponseAttribute;
                    declaration.HasResponseAttribute = true;
                    declaration.Response ??= reader.ReadTarget(attribute, "The response time", "the response time");
                    break;
                case ContractAttributeNames.ResolutionTime:
                    declaration.HasErrors |= declaration.HasResolutionAttribute;
                    declaration.HasResolutionAttribute = true;
                    declaration.Resolution ??= reader.ReadTarget(attribute, "The resolution time", "the resolution time");
                    break;
                case ContractAttributeNames.RequiresCredential:
                    reader.ReadCredential(attribute);
                    break;
                case ContractAttributeNames.RequiresLanguage:
                    reader.ReadLanguage(attribute);
                    break;
                case ContractAttributeNames.Safeguards:
                    declaration.HasErrors |= declaration.SafeguardsAttribute is not null;
                    declaration.SafeguardsAttribute ??= attribute;
                    reader.ReadSafeguards(attribute);
                    break;
            }
        }

        if (contract is not null && declaration.Coverage is null)
        {
            declaration.HasErrors = true;
            reader.ReportOnAttribute(contract, Diagnostics.DiagnosticDescriptors.ContractIncomplete, type.Name, "[CoverageWindow]", CoverageExample);
        }

        return declaration;
    }

    /// <summary>The name of the contract attribute class (<c>KpoSdk.Contracts.…Attribute</c>), or null for any other attribute.</summary>
    public static string? KindOf(AttributeData attribute)
    {
        if (attribute.AttributeClass is not { ContainingNamespace: { Name: "Contracts", ContainingNamespace: { Name: "KpoSdk", ContainingNamespace.IsGlobalNamespace: true } } } type)
        {
            return null;
        }

        return type.Name switch
        {
            ContractAttributeNames.ServiceLevelContract => ContractAttributeNames.ServiceLevelContract,
            ContractAttributeNames.CoverageWindow => ContractAttributeNames.CoverageWindow,
            ContractAttributeNames.ResponseTime => ContractAttributeNames.ResponseTime,
            ContractAttributeNames.ResolutionTime => ContractAttributeNames.ResolutionTime,
            ContractAttributeNames.RequiresCredential => ContractAttributeNames.RequiresCredential,
            ContractAttributeNames.RequiresLanguage => ContractAttributeNames.RequiresLanguage,
            ContractAttributeNames.Safeguards => ContractAttributeNames.Safeguards,
            _ => null,
        };
    }
}
