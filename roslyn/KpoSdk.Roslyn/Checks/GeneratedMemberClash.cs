using KpoSdk.Knowledge.Contracts;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Checks;

/// <summary>
/// Whether a contract type's name, own members or inherited members collide with a member the
/// generated part declares (CS0542, CS0102, CS0111, CS0108, CS0114 in the generated file). One
/// source file compiled into both the generator (which skips such a type) and the analyzers (which
/// report it as KPO9004); the generated member names come from KpoSdk.Knowledge.
/// </summary>
internal static class GeneratedMemberClash
{
    /// <summary>The generator's full type name, which Roslyn puts in the path of every file it adds.</summary>
    private const string GeneratorName = "KpoSdk.Generators.ServiceLevelContractGenerator";

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
                    if ((inherited ? existing.DeclaredAccessibility != Accessibility.Private : !IsGenerated(existing)) && Collides(existing, member))
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

    /// <summary>
    /// Whether the type's member was written by the generator itself: in a build the analyzers see the
    /// generated part, whose members are exactly the ones this check looks for.
    /// </summary>
    private static bool IsGenerated(ISymbol member)
    {
        var references = member.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (reference.SyntaxTree.FilePath.IndexOf(GeneratorName, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
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
