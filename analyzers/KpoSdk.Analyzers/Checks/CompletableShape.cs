using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO9004: why the generator cannot complete a contract type that is partial, top-level and not
/// generic (those are KPO9001-9003). The conditions are the generator's own (its DeclarationShape):
/// the generated part must be able to join the type, and the registry must be able to create it.
/// </summary>
internal static class CompletableShape
{
    private static readonly SymbolDisplayFormat s_name = new(miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

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

        if (type.TypeKind == TypeKind.Class && ParameterlessConstructor(type) is { } problem)
        {
            return (problem, $"add 'public {type.ToDisplayString(s_name)}() {{ }}' (or make the existing one public or internal): the contract registry creates one instance of each contract");
        }

        if (!SyntaxFacts.IsValidIdentifier(type.Name))
        {
            return ("has a name that is not a valid C# identifier", "rename the type");
        }

        return null;
    }

    /// <summary>Null when the class has a parameterless constructor the generated registry can call; otherwise what it has instead.</summary>
    private static string? ParameterlessConstructor(INamedTypeSymbol type)
    {
        Accessibility? hidden = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length != 0)
            {
                continue;
            }

            if (constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            {
                return null;
            }

            hidden = constructor.DeclaredAccessibility;
        }

        return hidden is { } accessibility
            ? $"has a {Describe(accessibility)} parameterless constructor, which the contract registry cannot call"
            : "has no parameterless constructor, only constructors that take parameters";
    }

    private static string Describe(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "inaccessible",
    };

    private static string Article(TypeKind kind) => kind switch
    {
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        _ => "not a class or struct",
    };
}
