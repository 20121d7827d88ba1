using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Roslyn.Checks;

/// <summary>
/// Whether the generator can complete a marked type, one set of conditions for both consumers: the
/// generator skips a type <see cref="CanComplete"/> refuses, and the analyzers report why (KPO9001
/// not partial, KPO9002 nested, KPO9003 generic, KPO9004 from <see cref="Find"/>): the generated
/// part must be able to join the type, and the registry must be able to create it
/// (<see cref="ContractConstruction"/>).
/// </summary>
internal static class ContractShape
{
    /// <summary>Whether <paramref name="type"/>, declared by <paramref name="node"/>, can be completed: partial, top-level, not generic, and nothing <see cref="Find"/> names.</summary>
    public static bool CanComplete(INamedTypeSymbol type, SyntaxNode node) =>
        node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
        && declaration.Modifiers.Any(SyntaxKind.PartialKeyword)
        && type.ContainingType is null
        && type.TypeParameters.Length == 0
        && Find(type) is null;

    /// <summary>What stops <paramref name="type"/> from being completed and what to do about it; null when nothing does.</summary>
    public static (string Problem, string Fix)? Find(INamedTypeSymbol type)
    {
        if (type.IsStatic)
        {
            return ("is static", "remove 'static': the contract registry creates one instance of each contract");
        }

        if (type.IsAbstract)
        {
            return ("is abstract", "remove 'abstract', or mark a concrete type instead: the contract registry creates one instance of each contract");
        }

        if (type.IsRefLikeType)
        {
            return ("is a ref struct", "remove 'ref': a contract is used as an IServiceLevelContract, which a ref struct cannot be");
        }

        if (type.IsFileLocal)
        {
            return ("is file-local", "remove 'file': the generated part is another file, and the registry of all contracts must see the type");
        }

        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return ($"is {Article(type.TypeKind)}", "declare the contract as a class, a struct or a record");
        }

        if (ContractConstruction.Find(type) is { } construction)
        {
            return construction;
        }

        if (!SyntaxFacts.IsValidIdentifier(type.Name))
        {
            return ("has a name that is not a valid C# identifier", "rename the type");
        }

        return null;
    }

    private static string Article(TypeKind kind) => kind switch
    {
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        _ => "not a class or struct",
    };
}
