using Microsoft.CodeAnalysis;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// Not a candidate: <c>ForAttributeWithMetadataName</c> for the contract attribute with a transform
/// that keeps only the type's name and emits nothing. It measures what the API itself costs (the
/// syntactic filter and binding each matched type's attributes to check their class), the floor
/// under any generator built on it.
/// </summary>
public sealed class AttributeMatchingFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "KpoSdk.Contracts.ServiceLevelContractAttribute",
            static (_, _) => true,
            static (syntax, _) => syntax.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
