using System.Text.Json;

namespace KpoSdk.DataTool.Zones;

/// <summary>
/// Typed reads of the subdivision zone file that fail with an <see cref="InvalidDataException"/>
/// naming the file, the entry and the field, rather than a bare JSON exception.
/// </summary>
internal sealed class ZoneJson(string context)
{
    /// <summary>"subdivision-zones.json: US-CA", the prefix of every message about that entry.</summary>
    public string Context { get; } = context;

    public InvalidDataException Error(string message) => new($"{Context}: {message}");

    public JsonElement Object(JsonElement parent, string name) => Required(parent, name, JsonValueKind.Object, "an object");

    public IReadOnlyList<string> Strings(JsonElement parent, string name)
    {
        var array = Required(parent, name, JsonValueKind.Array, "an array of strings");
        return array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw Error($"'{name}' holds {v.ValueKind.ToString().ToLowerInvariant()} {Excerpt(v)}; expected strings.")).ToArray();
    }

    public string String(JsonElement parent, string name) => Required(parent, name, JsonValueKind.String, "a string").GetString()!;

    public string? OptionalString(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out _) ? String(parent, name) : null;

    /// <summary>An object whose values are all strings, as ordered name → value pairs; empty when absent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> StringMap(JsonElement parent, string name, bool required)
    {
        if (!required && !parent.TryGetProperty(name, out _))
        {
            return [];
        }

        return Object(parent, name).EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String
            ? new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)
            : throw Error($"'{name}' maps '{p.Name}' to {Excerpt(p.Value)}; expected a string.")).ToArray();
    }

    /// <summary>Fails on a field that is not one of <paramref name="allowed"/>, so a misspelt field is not silently ignored.</summary>
    public void OnlyFields(JsonElement element, params string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error($"unknown field '{property.Name}'; expected only {string.Join(", ", allowed)}.");
            }
        }
    }

    private JsonElement Required(JsonElement parent, string name, JsonValueKind kind, string what)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            throw Error($"'{name}' is missing; expected {what}.");
        }

        return value.ValueKind == kind ? value : throw Error($"'{name}' is {Excerpt(value)}; expected {what}.");
    }

    private static string Excerpt(JsonElement value)
    {
        string text = value.GetRawText();
        return text.Length <= 40 ? text : text.Substring(0, 40) + "…";
    }
}
