using KpoSdk.Roslyn;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO9004: why the generator cannot complete a contract type that is partial, top-level and not
/// generic (those are KPO9001-9003). The conditions are the generator's own (its DeclarationShape):
/// the generated part must be able to join the type, and the registry must be able to create it
/// (<see cref="ContractConstruction"/>, one source file compiled into both).
/// </summary>
internal static class CompletableShape
{
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
