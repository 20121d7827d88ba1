using System.Globalization;
using System.Text.Json;

namespace KpoSdk.DataTool.Holidays;

/// <summary>
/// A JSON value with its path in a file, for strict reading: every error names the file and the
/// JSON path, and an object's properties must all be known and given once.
/// </summary>
internal readonly struct JsonCursor(string file, string path, JsonElement value)
{
    private readonly string _file = file;

    public string Path { get; } = path;

    public JsonElement Value { get; } = value;

    public InvalidDataException Error(string message) => new($"{_file}: {Path}: {message}");

    /// <summary>The object's properties, after checking that each is one of <paramref name="allowed"/> and appears once.</summary>
    public IReadOnlyDictionary<string, JsonCursor> Object(params string[] allowed)
    {
        var result = Properties();
        foreach (string name in result.Keys.Where(n => System.Array.IndexOf(allowed, n) < 0))
        {
            throw Error($"unknown property '{name}'; expected {(allowed.Length > 20 ? "a year" : "one of " + string.Join(", ", allowed))}.");
        }

        return result;
    }

    /// <summary>The object's properties, each given once, in document order.</summary>
    public IReadOnlyDictionary<string, JsonCursor> Properties()
    {
        if (Value.ValueKind != JsonValueKind.Object)
        {
            throw Error($"expected an object, found {Value.ValueKind}.");
        }

        var result = new Dictionary<string, JsonCursor>(StringComparer.Ordinal);
        foreach (var property in Value.EnumerateObject())
        {
            if (!result.TryAdd(property.Name, Child(property.Name, property.Value)))
            {
                throw Error($"the property '{property.Name}' appears twice.");
            }
        }

        return result;
    }

    public IReadOnlyList<JsonCursor> Array()
    {
        if (Value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"expected an array, found {Value.ValueKind}.");
        }

        string file = _file, path = Path;
        return [.. Value.EnumerateArray().Select((v, i) => new JsonCursor(file, $"{path}[{i}]", v))];
    }

    public string String()
    {
        if (Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Value.GetString()))
        {
            throw Error($"expected a non-blank string, found {Describe()}.");
        }

        return Value.GetString()!;
    }

    public int Int()
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetInt32(out int number))
        {
            throw Error($"expected a whole number, found {Describe()}.");
        }

        return number;
    }

    public bool True()
    {
        return Value.ValueKind == JsonValueKind.True ? true : throw Error($"expected true, found {Describe()}.");
    }

    /// <summary>A string, or an array of strings (at least one).</summary>
    public IReadOnlyList<string> StringOrStrings()
    {
        if (Value.ValueKind == JsonValueKind.String)
        {
            return [String()];
        }

        var items = Array();
        return items.Count == 0 ? throw Error("expected a string or a non-empty array of strings.") : [.. items.Select(i => i.String())];
    }

    public JsonCursor Child(string name, JsonElement value) =>
        new(_file, name.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(name[0]) ? $"{Path}.{name}" : $"{Path}['{name}']", value);

    public string Describe()
    {
        string raw = Value.GetRawText();
        return raw.Length > 60 ? raw.Substring(0, 60) + "…" : raw;
    }

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
