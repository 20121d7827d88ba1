using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>
/// The constant values of an attribute's arguments, read from <see cref="AttributeData"/> without
/// touching syntax (the generator's path). <see cref="ArgumentState"/> tells a value apart from an
/// argument that is not given, given as null, or did not bind (the compiler reports that one).
/// </summary>
internal static class AttributeValues
{
    /// <summary>The state and value of positional argument <paramref name="index"/>.</summary>
    public static ArgumentState Positional(AttributeData attribute, int index, out object? value)
    {
        value = null;
        if (attribute.AttributeConstructor is null || index >= attribute.ConstructorArguments.Length)
        {
            return ArgumentState.Error;
        }

        return State(attribute.ConstructorArguments[index], out value);
    }

    /// <summary>The state and value of named argument <paramref name="name"/>.</summary>
    public static ArgumentState Named(AttributeData attribute, string name, out object? value)
    {
        value = null;
        if (attribute.AttributeConstructor is null)
        {
            return ArgumentState.Error;
        }

        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return State(pair.Value, out value);
            }
        }

        return ArgumentState.NotSet;
    }

    /// <summary>The elements of named array argument <paramref name="name"/>: null when not set, set to null, or not an array of constants.</summary>
    public static TypedConstant[]? NamedArray(AttributeData attribute, string name, out bool isError)
    {
        isError = false;
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key != name)
            {
                continue;
            }

            if (pair.Value.Kind != TypedConstantKind.Array)
            {
                isError = true;
                return null;
            }

            if (pair.Value.IsNull)
            {
                return null;
            }

            var items = pair.Value.Values;
            foreach (var item in items)
            {
                if (item.Kind is TypedConstantKind.Error or TypedConstantKind.Array)
                {
                    isError = true;
                    return null;
                }
            }

            return [.. items];
        }

        return null;
    }

    private static ArgumentState State(TypedConstant constant, out object? value)
    {
        value = null;
        if (constant.Kind is TypedConstantKind.Error or TypedConstantKind.Array)
        {
            return ArgumentState.Error;
        }

        if (constant.IsNull)
        {
            return ArgumentState.Null;
        }

        value = constant.Value;
        return ArgumentState.Value;
    }
}

/// <summary>What an attribute argument holds.</summary>
internal enum ArgumentState
{
    /// <summary>A constant value.</summary>
    Value,

    /// <summary>A named argument that is not given.</summary>
    NotSet,

    /// <summary>Given as null.</summary>
    Null,

    /// <summary>Did not bind, or is not a constant of the parameter's type: the compiler reports it.</summary>
    Error,
}
