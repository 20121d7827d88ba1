using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// The properties of one JSON object of a document, read as the runtime's reader reads them:
/// every property must be one the object has (did-you-mean for a misspelt one), none may appear
/// twice, a required one must be present and not null, an optional list may be left out but not
/// be null.
/// </summary>
internal sealed class ObjectFields
{
    private readonly ReadContext _context;
    private readonly JsonValue _object;
    private readonly string _what;
    private readonly string[] _names;

    // The value of each of the object's names, by its index in _names (objects have a handful).
    private readonly JsonValue?[] _values;

    private ObjectFields(ReadContext context, JsonValue value, string what, string[] names)
    {
        _context = context;
        _object = value;
        _what = what;
        _names = names;
        _values = new JsonValue?[names.Length];
    }

    /// <summary>
    /// Opens <paramref name="value"/> as <paramref name="what"/> ("a delivery centre") with the
    /// property <paramref name="names"/>; null (reported) when it is not an object.
    /// </summary>
    public static ObjectFields? Open(ReadContext context, JsonValue value, string what, params string[] names)
    {
        if (value.Kind != JsonKind.Object)
        {
            context.Report(DiagnosticIds.MalformedDocument, value, $"Expected {what} as an object; got {ReadContext.Describe(value)}.");
            return null;
        }

        var fields = new ObjectFields(context, value, what, names);
        foreach (var property in value.Properties)
        {
            string name = property.NameText;
            int index = Array.IndexOf(names, name);
            if (index < 0)
            {
                context.Report(DiagnosticIds.MalformedDocument, property.Name, Unknown(name, what, names));
            }
            else if (fields._values[index] is not null)
            {
                context.Report(DiagnosticIds.MalformedDocument, property.Name, $"The property '{name}' appears twice in one object; each property may be given once.");
            }
            else
            {
                fields._values[index] = property.Value;
            }
        }

        return fields;
    }

    /// <summary>The value of a required property; null (reported) when it is missing or null.</summary>
    public JsonValue? Required(string name)
    {
        if (Value(name) is not { } value)
        {
            // At the opening brace: the whole object would underline a screenful.
            _context.Add(DiagnosticIds.MalformedDocument, _object.Start, 1, $"{Capitalized(_what)} has no '{name}', which is required.");
            return null;
        }

        if (value.Kind == JsonKind.Null)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"'{name}' of {_what} is null; it is required.");
            return null;
        }

        return value;
    }

    /// <summary>The value of an optional property that may be null; null when it is left out or null.</summary>
    public JsonValue? Nullable(string name) => Value(name) is { Kind: not JsonKind.Null } value ? value : null;

    /// <summary>The value of an optional list; null when it is left out, reported when it is null.</summary>
    public JsonValue? OptionalList(string name)
    {
        if (Value(name) is not { } value)
        {
            return null;
        }

        if (value.Kind == JsonKind.Null)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, $"'{name}' of {_what} is null; a list may be left out, or empty, but not null.");
            return null;
        }

        return value;
    }

    private JsonValue? Value(string name) => _values[Array.IndexOf(_names, name)];

    private static string Unknown(string name, string what, string[] names)
    {
        string? closest = null;
        int best = int.MaxValue;
        foreach (string candidate in names)
        {
            int distance = EditDistance.Between(candidate, name, 3);
            if (distance < best)
            {
                best = distance;
                closest = candidate;
            }
        }

        string hint = best <= Math.Max(1, Math.Min(2, name.Length / 3)) ? $" Did you mean '{closest}'?" : "";
        return $"{Capitalized(what)} has no property {InputText.Quote(name)}.{hint} Its properties are {string.Join(", ", names)}.";
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
