using System.Text.Json;

namespace KpoSdk.DataTool.ServiceLines;

/// <summary>Small checks and optional-field reads shared by the service-line, credential and rule data readers.</summary>
internal static class Json
{
    public static void CheckUnique(string file, IEnumerable<string> values, string what)
    {
        var duplicates = values.GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
        {
            throw new InvalidDataException($"{file}: duplicate {what}: {string.Join(", ", duplicates)}.");
        }
    }

    public static string? OptionalString(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    public static IReadOnlyList<string> StringArray(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(v => v.GetString()!).ToArray()
            : [];

    /// <summary>An XML doc comment line's text: the XML special characters escaped.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
