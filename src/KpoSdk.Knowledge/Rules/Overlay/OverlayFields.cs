using KpoSdk.Knowledge.Json;

namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>
/// Typed access to the members of one JSON object of an overlay, recording an error for every
/// missing, mistyped or unknown member instead of throwing.
/// </summary>
internal sealed class OverlayFields
{
    private readonly JsonValue _object;
    private readonly string _what;
    private readonly List<RuleOverlayError> _errors;

    private OverlayFields(JsonValue value, string what, List<RuleOverlayError> errors)
    {
        _object = value;
        _what = what;
        _errors = errors;
    }

    /// <summary>
    /// The fields of <paramref name="value"/> when it is an object whose names are all in
    /// <paramref name="known"/>; null (with errors recorded) otherwise. With
    /// <paramref name="lenient"/>, unknown or repeated names are reported but the fields returned.
    /// </summary>
    public static OverlayFields? Of(JsonValue value, string what, string[] known, List<RuleOverlayError> errors, bool lenient = false)
    {
        if (value.Kind != JsonKind.Object)
        {
            errors.Add(new RuleOverlayError(value.Start, value.Length, $"Expected {what} as an object, found {value.Describe()}."));
            return null;
        }

        int before = errors.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.Properties)
        {
            if (System.Array.IndexOf(known, property.NameText) < 0)
            {
                string? close = known.OrderBy(k => Codes.EditDistance.Between(k, property.NameText)).FirstOrDefault(k => Codes.EditDistance.Between(k, property.NameText) <= 2);
                string hint = close is null ? $"expected one of {string.Join(", ", known.Select(k => "'" + k + "'"))}" : $"did you mean '{close}'?";
                errors.Add(new RuleOverlayError(property.Name.Start, property.Name.Length, $"Unknown property '{property.NameText}' in {what}; {hint}"));
            }
            else if (!seen.Add(property.NameText))
            {
                errors.Add(new RuleOverlayError(property.Name.Start, property.Name.Length, $"The property '{property.NameText}' appears twice in {what}."));
            }
        }

        return errors.Count == before || lenient ? new OverlayFields(value, what, errors) : null;
    }

    public List<RuleOverlayError> Errors => _errors;

    public JsonValue? Find(string name)
    {
        foreach (var property in _object.Properties)
        {
            if (property.NameText == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>A required (or, with <paramref name="optional"/>, nullable) string member; null when missing or mistyped (an error is recorded unless optional and absent or null).</summary>
    public string? String(string name, bool optional = false)
    {
        var value = Find(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (!optional)
            {
                Missing(name, "a string");
            }

            return null;
        }

        if (value.Kind != JsonKind.String)
        {
            Mistyped(value, name, "a string");
            return null;
        }

        return value.Text;
    }

    /// <summary>An optional date in the form yyyy-MM-dd; <paramref name="ok"/> is false when it is present but not a date.</summary>
    public CalendarDate? Date(string name, out bool ok)
    {
        ok = true;
        var value = Find(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (value.Kind == JsonKind.String && CalendarDate.TryParse(value.Text, out var date))
        {
            return date;
        }

        ok = false;
        _errors.Add(new RuleOverlayError(value.Start, value.Length, $"'{name}' in {_what} must be a date in the form yyyy-MM-dd (e.g. \"2025-07-01\") or null; found {Show(value)}."));
        return null;
    }

    /// <summary>An array of strings; null when missing (an error unless <paramref name="optional"/>) or when an element is not a string.</summary>
    public IReadOnlyList<string>? Strings(string name, bool optional = false, bool nonEmpty = true)
    {
        var value = Find(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (!optional)
            {
                Missing(name, "an array of strings");
            }

            return null;
        }

        return StringsOf(value, $"'{name}' in {_what}", nonEmpty, _errors);
    }

    public static IReadOnlyList<string>? StringsOf(JsonValue value, string what, bool nonEmpty, List<RuleOverlayError> errors)
    {
        if (value.Kind != JsonKind.Array)
        {
            errors.Add(new RuleOverlayError(value.Start, value.Length, $"Expected {what} as an array of strings, found {value.Describe()}."));
            return null;
        }

        if (nonEmpty && value.Items.Count == 0)
        {
            errors.Add(new RuleOverlayError(value.Start, value.Length, $"{Capital(what)} is empty; it needs at least one entry."));
            return null;
        }

        var result = new string[value.Items.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var item = value.Items[i];
            if (item.Kind != JsonKind.String)
            {
                errors.Add(new RuleOverlayError(item.Start, item.Length, $"Expected a string in {what}, found {item.Describe()}."));
                return null;
            }

            result[i] = item.Text!;
        }

        return result;
    }

    /// <summary>An array member's elements; null when missing (an error unless <paramref name="optional"/>) or not an array.</summary>
    public IReadOnlyList<JsonValue>? Array(string name, bool optional = false)
    {
        var value = Find(name);
        if (value is null || value.Kind == JsonKind.Null)
        {
            if (!optional)
            {
                Missing(name, "an array");
            }

            return null;
        }

        if (value.Kind != JsonKind.Array)
        {
            Mistyped(value, name, "an array");
            return null;
        }

        return value.Items;
    }

    public void Error(JsonValue at, string message) => _errors.Add(new RuleOverlayError(at.Start, at.Length, message));

    private void Missing(string name, string kind) =>
        _errors.Add(new RuleOverlayError(_object.Start, 1, $"{Capital(_what)} has no '{name}'; it needs {kind}."));

    private void Mistyped(JsonValue value, string name, string kind) =>
        _errors.Add(new RuleOverlayError(value.Start, value.Length, $"'{name}' in {_what} must be {kind}, found {value.Describe()}."));

    private static string Show(JsonValue value) => value.Kind == JsonKind.String ? $"\"{value.Text}\"" : value.Describe();

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
