using KpoSdk.Generators.Models;
using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// How the generated part of a marked type is declared, for a type the shared
/// <see cref="ContractShape"/> rules let the generator complete (the analyzers explain each refusal).
/// </summary>
internal static class DeclarationShape
{
    public static ContractType? Read(INamedTypeSymbol type, SyntaxNode node)
    {
        if (!ContractShape.CanComplete(type, node))
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
