using System.Text.Json;

namespace KpoSdk.DataTool.Tables;

/// <summary>Reads the entries of an iso-codes JSON file (an object with one array, e.g. <c>"3166-1": [...]</c>).</summary>
internal static class IsoCodesJson
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(DataDirectory data, string fileName, string listName)
    {
        using var document = JsonDocument.Parse(data.ReadAllText(fileName));
        var entries = new List<IReadOnlyDictionary<string, string>>();
        foreach (var element in document.RootElement.GetProperty(listName).EnumerateArray())
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                fields[property.Name] = property.Value.GetString()
                    ?? throw new InvalidDataException($"{fileName}: field '{property.Name}' is not a string.");
            }

            entries.Add(fields);
        }

        return entries;
    }

    public static string Required(this IReadOnlyDictionary<string, string> entry, string field) =>
        entry.TryGetValue(field, out var value)
            ? value
            : throw new InvalidDataException($"Entry {Describe(entry)} has no '{field}'.");

    public static string? Optional(this IReadOnlyDictionary<string, string> entry, string field) =>
        entry.TryGetValue(field, out var value) ? value : null;

    private static string Describe(IReadOnlyDictionary<string, string> entry) =>
        "{" + string.Join(", ", entry.Select(p => p.Key + ": " + p.Value)) + "}";
}
