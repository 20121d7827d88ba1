using KpoSdk.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Whether a marked type can be completed by a generated partial part, and how that part is
/// declared. The analyzers explain each refusal (KPO9001-9003); the generator just skips the type.
/// </summary>
internal static class DeclarationShape
{
    public static ContractType? Read(INamedTypeSymbol type, SyntaxNode node)
    {
        if (node is not TypeDeclarationSyntax declaration
            || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
            || type.ContainingType is not null
            || type.TypeParameters.Length > 0
            || type.IsStatic
            || type.IsAbstract
            || type.IsRefLikeType
            || type.IsFileLocal
            || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || !HasParameterlessConstructor(type))
        {
            return null;
        }

        if (!SyntaxFacts.IsValidIdentifier(type.Name))
        {
            return null;
        }

        string declarationKeywords = type.TypeKind == TypeKind.Struct
            ? (type.IsReadOnly ? "readonly " : string.Empty) + (type.IsRecord ? "partial record struct" : "partial struct")
            : (type.IsRecord ? "partial record" : "partial class");
        string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length)
            : null;
        return new ContractType(ns, type.Name, declarationKeywords);
    }

    private static bool HasParameterlessConstructor(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Struct)
        {
            return true;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 0
                && constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            {
                return true;
            }
        }

        return false;
    }
}
