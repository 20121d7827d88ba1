using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;

namespace KpoSdk.Serialization;

/// <summary>
/// The type a document expects at a JSON path, from the serializer's own metadata. System.Text.Json
/// names the wrong type when a constructor parameter cannot be read ("could not be converted to
/// ServiceAgreement" for <c>"id": 1</c>), so messages name the property's type from here instead.
/// </summary>
internal static class JsonExpectedType
{
    /// <summary>The type of the value at <paramref name="path"/> in a document of <paramref name="root"/>, or null when the path does not lead to one.</summary>
    public static Type? At(JsonTypeInfo root, string? path)
    {
        if (JsonPathSegments.Parse(path) is not { } steps)
        {
            return null;
        }

        Type? type = root.Type;
        foreach (var (name, _) in steps)
        {
            type = name is null ? ElementType(type) : PropertyType(root, type, name);
            if (type is null)
            {
                return null;
            }
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    /// <summary>How a message names a value of <paramref name="type"/>: "a string", "a number", "a list", "a Client object".</summary>
    public static string Describe(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.String => "a string",
        TypeCode.Boolean => "true or false",
        TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64
            or TypeCode.Byte or TypeCode.SByte or TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
        _ when ElementType(type) is not null => "a list",
        _ => $"a {type.Name} object",
    };

    private static Type? PropertyType(JsonTypeInfo root, Type type, string name)
    {
        var info = root.Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        foreach (var property in info.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property.PropertyType;
            }
        }

        return null;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
