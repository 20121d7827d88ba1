using KpoSdk.Knowledge.Contracts;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Reading;

/// <summary>
/// Whether a contract type's name, own members or inherited members collide with a member the
/// generated part declares (CS0542, CS0102, CS0111, CS0108, CS0114 in the generated file); the
/// analyzers report the same condition as KPO9004, read from the same list.
/// </summary>
internal static class GeneratedMemberClash
{
    /// <summary>What collides and where, or null when nothing does.</summary>
    public static string? Find(INamedTypeSymbol type, bool hasResponse, bool hasResolution)
    {
        var generated = GeneratedMembers.Of(hasResponse, hasResolution).ToList();
        foreach (var member in generated)
        {
            if (member.Name == type.Name)
            {
                return $"is named like the generated member '{member.Name}'";
            }
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            bool inherited = !SymbolEqualityComparer.Default.Equals(current, type);
            foreach (var member in generated)
            {
                if (!current.MemberNames.Contains(member.Name))
                {
                    continue;
                }

                foreach (var existing in current.GetMembers(member.Name))
                {
                    if ((!inherited || existing.DeclaredAccessibility != Accessibility.Private) && Collides(existing, member))
                    {
                        return inherited
                            ? $"inherits '{member.Name}' from '{current.Name}', which the generated member of that name would hide"
                            : $"declares '{member.Name}', which the generated part declares too";
                    }
                }
            }
        }

        return null;
    }

    private static bool Collides(ISymbol existing, GeneratedMember generated)
    {
        if (generated.ParameterTypes is not { } types || existing is not IMethodSymbol method)
        {
            return true;
        }

        if (method.Parameters.Length != types.Length)
        {
            return false;
        }

        for (int i = 0; i < types.Length; i++)
        {
            var parameter = method.Parameters[i];
            if (parameter.RefKind != RefKind.None || parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) != types[i])
            {
                return false;
            }
        }

        return true;
    }
}
