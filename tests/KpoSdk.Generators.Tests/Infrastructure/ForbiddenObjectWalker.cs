using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through every field, public or not, and reports the first symbol, syntax
/// node, semantic model, syntax tree, compilation or location it reaches: any of them in a step's
/// output keeps a whole compilation alive and defeats caching.
/// </summary>
internal static class ForbiddenObjectWalker
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(Location),
    ];

    /// <summary>A path to the first forbidden object, or null when the graph has none.</summary>
    public static string? FindForbidden(object? root) => Walk(root, "value", new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return null;
        }

        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            return path + " is a " + type.Name;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return null;
        }

        if (value is IEnumerable items and not string)
        {
            int i = 0;
            foreach (var item in items)
            {
                if (Walk(item, path + "[" + i++ + "]", visited) is { } found)
                {
                    return found;
                }
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                if (Walk(field.GetValue(value), path + "." + field.Name, visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }
}
