using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Roslyn.Checks;

/// <summary>
/// Whether the contract registry's <c>new T()</c> compiles for a contract type: a public or internal
/// parameterless constructor, not obsolete as an error, and no required member it would leave
/// unset. One source file compiled into both the generator (which skips such a type) and the
/// analyzers (which report it as KPO9004), so that the two cannot disagree.
/// </summary>
internal static class ContractConstruction
{
    private const string Registry = "the contract registry creates one instance of each contract";

    private static readonly SymbolDisplayFormat s_name = new(miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    /// <summary>What stops <c>new T()</c> and what to do about it, as KPO9004 words them; null when it compiles.</summary>
    public static (string Problem, string Fix)? Find(INamedTypeSymbol type)
    {
        if (IsObsoleteAsError(type))
        {
            return ("is marked [Obsolete] as an error", "remove the contract's attributes, or make it a warning ([Obsolete(\"…\")]): " + Registry);
        }

        bool required = DeclaresRequiredMembers(type);
        if (!required && (type.TypeKind == TypeKind.Struct || !DeclaresConstructors(type)))
        {
            // A struct can always be created with new(); a class that declares no constructor has the implicit public one.
            return null;
        }

        IMethodSymbol? parameterless = null;
        Accessibility? hidden = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.Parameters.Length != 0)
            {
                continue;
            }

            if (constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            {
                parameterless = constructor;
            }
            else
            {
                hidden = constructor.DeclaredAccessibility;
            }
        }

        if (parameterless is null && type.TypeKind == TypeKind.Class)
        {
            string fix = $"add '{ParameterlessConstructor(type)}' (or make the existing one public or internal): " + Registry;
            return hidden is { } accessibility
                ? ($"has a {Describe(accessibility)} parameterless constructor, which the contract registry cannot call", fix)
                : ("has no parameterless constructor, only constructors that take parameters", fix);
        }

        if (parameterless is not null && IsObsoleteAsError(parameterless))
        {
            return ("has a parameterless constructor marked [Obsolete] as an error", "make it a warning, or add another way to create the contract: " + Registry);
        }

        if (required && !(parameterless is { IsImplicitlyDeclared: false } && SetsRequiredMembers(parameterless)))
        {
            return ("has required members, which the contract registry's new() would leave unset", "set them in a public parameterless constructor marked [SetsRequiredMembers] (System.Diagnostics.CodeAnalysis), or drop 'required': " + Registry);
        }

        return null;
    }

    /// <summary>
    /// The constructor to add: <c>public T() { }</c>, or, for a type with a primary constructor
    /// (a positional record), one that chains to it (CS8862 otherwise):
    /// <c>public R() : this(default!) { }</c>.
    /// </summary>
    private static string ParameterlessConstructor(INamedTypeSymbol type)
    {
        string name = type.ToDisplayString(s_name);
        foreach (var constructor in type.InstanceConstructors)
        {
            if (IsPrimary(constructor))
            {
                var arguments = constructor.Parameters.Select(p => p.Type.IsValueType ? "default" : "default!");
                return $"public {name}() : this({string.Join(", ", arguments)}) {{ }}";
            }
        }

        return $"public {name}() {{ }}";
    }

    /// <summary>Whether <paramref name="constructor"/> is the primary constructor: declared by the type's own parameter list.</summary>
    private static bool IsPrimary(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsObsoleteAsError(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[1].Value is true)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SetsRequiredMembers(IMethodSymbol constructor)
    {
        foreach (var attribute in constructor.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute" } attributeClass
                && attributeClass.ToDisplayString() == "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any part of <paramref name="type"/> declares an instance or primary constructor. Read
    /// from syntax, because asking the symbol for its constructors builds all of its members.
    /// </summary>
    private static bool DeclaresConstructors(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax part || part.ParameterList is not null)
            {
                return true;
            }

            foreach (var member in part.Members)
            {
                if (member is ConstructorDeclarationSyntax constructor && !constructor.Modifiers.Any(SyntaxKind.StaticKeyword))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the type or a base type has a <c>required</c> field or property: the type's own parts
    /// from syntax, base types (rarely any but <c>object</c>) from their members.
    /// </summary>
    private static bool DeclaresRequiredMembers(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax part)
            {
                return true;
            }

            foreach (var member in part.Members)
            {
                if (member is BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax && member.Modifiers.Any(SyntaxKind.RequiredKeyword))
                {
                    return true;
                }
            }
        }

        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Describe(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "inaccessible",
    };
}
