using KpoSdk.Generators.Models;
using KpoSdk.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Whether a marked type can be completed by a generated partial part, and how that part is
/// declared. The analyzers explain each refusal (KPO9001-9006); the generator just skips the type.
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
            || ContractConstruction.Find(type) is not null)
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
        return new ContractType(NamespaceAsWritten(type.ContainingNamespace), type.Name, declarationKeywords);
    }

    /// <summary>The namespace as code writes it (<c>Acme.@event</c>), or null for the global namespace.</summary>
    private static string? NamespaceAsWritten(INamespaceSymbol? ns)
    {
        if (ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        string name = SyntaxFacts.GetKeywordKind(ns.Name) != SyntaxKind.None ? "@" + ns.Name : ns.Name;
        return NamespaceAsWritten(ns.ContainingNamespace) is { } outer ? outer + "." + name : name;
    }
}
