using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>The attributes of <c>KpoSdk.Contracts</c> the generator reads, recognised by name without allocating.</summary>
internal static class ContractAttributes
{
    public const string ServiceLevelContractMetadataName = "KpoSdk.Contracts.ServiceLevelContractAttribute";

    public const string CoverageWindow = "CoverageWindowAttribute";

    public const string ResponseTime = "ResponseTimeAttribute";

    public const string ResolutionTime = "ResolutionTimeAttribute";

    public const string RequiresCredential = "RequiresCredentialAttribute";

    public const string RequiresLanguage = "RequiresLanguageAttribute";

    /// <summary>True when <paramref name="attribute"/> is <c>KpoSdk.Contracts.</c><paramref name="name"/>.</summary>
    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { } type
        && type.Name == name
        && type.ContainingNamespace is { Name: "Contracts", ContainingNamespace: { Name: "KpoSdk", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The constructor argument at <paramref name="index"/> when the attribute bound without errors; null otherwise.</summary>
    public static object? Argument(AttributeData attribute, int index) =>
        attribute.AttributeConstructor is not null
        && index < attribute.ConstructorArguments.Length
        && attribute.ConstructorArguments[index].Kind != TypedConstantKind.Error
        && attribute.ConstructorArguments[index].Kind != TypedConstantKind.Array
            ? attribute.ConstructorArguments[index].Value
            : null;

    /// <summary>
    /// Reads a named argument: false when it is set to something that is not a constant of the
    /// expected kind; true otherwise, with <paramref name="value"/> null when it is not set.
    /// </summary>
    public static bool TryGetNamed(AttributeData attribute, string name, out object? value)
    {
        value = null;
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                if (pair.Value.Kind is TypedConstantKind.Error or TypedConstantKind.Array)
                {
                    return false;
                }

                value = pair.Value.Value;
            }
        }

        return true;
    }
}
