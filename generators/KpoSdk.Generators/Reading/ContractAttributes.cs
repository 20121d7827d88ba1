using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>The attributes of <c>KpoSdk.Contracts</c> the generator reads, recognised by name without allocating.</summary>
internal static class ContractAttributes
{
    public const string ServiceLevelContractMetadataName = "KpoSdk.Contracts.ServiceLevelContractAttribute";

    public const string ServiceLevelContract = "ServiceLevelContractAttribute";

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

    /// <summary>
    /// Reads a named array argument: false when it is set to something that is not an array of
    /// constants; true otherwise, with <paramref name="values"/> empty when it is not set or null.
    /// </summary>
    public static bool TryGetNamedArray(AttributeData attribute, string name, out object?[] values)
    {
        values = [];
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key != name)
            {
                continue;
            }

            if (pair.Value.Kind != TypedConstantKind.Array)
            {
                return false;
            }

            if (pair.Value.IsNull)
            {
                continue;
            }

            var items = pair.Value.Values;
            values = new object?[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i].Kind is TypedConstantKind.Error or TypedConstantKind.Array)
                {
                    return false;
                }

                values[i] = items[i].Value;
            }
        }

        return true;
    }
}
