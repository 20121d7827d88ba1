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
    private readonly Dictionary<string, JsonValue> _values = new(StringComparer.Ordinal);

    private ObjectFields(ReadContext context, JsonValue value, string path, string what)
    {
        _context = context;
        _object = value;
        Path = path;
        _what = what;
    }

    /// <summary>The path of the object, e.g. <c>$.services[0]</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens <paramref name="value"/> as <paramref name="what"/> ("a delivery centre") with the
    /// property <paramref name="names"/>; null (reported) when it is not an object.
    /// </summary>
    public static ObjectFields? Open(ReadContext context, JsonValue value, string path, string what, params string[] names)
    {
        if (value.Kind != JsonKind.Object)
        {
            context.Report(DiagnosticIds.MalformedDocument, value, path, $"Expected {what} as an object; got {ReadContext.Describe(value)}.");
            return null;
        }

        var fields = new ObjectFields(context, value, path, what);
        foreach (var property in value.Properties)
        {
            string name = property.NameText;
            if (Array.IndexOf(names, name) < 0)
            {
                context.Report(DiagnosticIds.MalformedDocument, property.Name, $"{path}.{name}", Unknown(name, what, names));
            }
            else if (fields._values.ContainsKey(name))
            {
                context.Report(DiagnosticIds.MalformedDocument, property.Name, $"{path}.{name}", $"The property '{name}' appears twice in one object; each property may be given once.");
            }
            else
            {
                fields._values.Add(name, property.Value);
            }
        }

        return fields;
    }

    /// <summary>The path of property <paramref name="name"/>.</summary>
    public string PathOf(string name) => $"{Path}.{name}";

    /// <summary>The value of a required property; null (reported) when it is missing or null.</summary>
    public JsonValue? Required(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            // At the opening brace: the whole object would underline a screenful.
            _context.Add(DiagnosticIds.MalformedDocument, _object.Start, 1, Path, $"{Capitalized(_what)} has no '{name}', which is required.");
            return null;
        }

        if (value.Kind == JsonKind.Null)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, PathOf(name), $"'{name}' of {_what} is null; it is required.");
            return null;
        }

        return value;
    }

    /// <summary>The value of an optional property that may be null; null when it is left out or null.</summary>
    public JsonValue? Nullable(string name) =>
        _values.TryGetValue(name, out var value) && value.Kind != JsonKind.Null ? value : null;

    /// <summary>The value of an optional list; null when it is left out, reported when it is null.</summary>
    public JsonValue? OptionalList(string name)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value.Kind == JsonKind.Null)
        {
            _context.Report(DiagnosticIds.MalformedDocument, value, PathOf(name), $"'{name}' of {_what} is null; a list may be left out, or empty, but not null.");
            return null;
        }

        return value;
    }

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
