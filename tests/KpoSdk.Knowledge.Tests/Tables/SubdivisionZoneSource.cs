using System.Text.Json;

namespace KpoSdk.Knowledge.Tests.Tables;

/// <summary>tools/data/subdivision-zones.json read directly, so the tests check the data tool's table against the file.</summary>
internal static class SubdivisionZoneSource
{
    private static readonly Lazy<JsonElement> s_root = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SourceData.Directory.PathOf("subdivision-zones.json")));
        return document.RootElement.Clone();
    });

    public static string Text => File.ReadAllText(SourceData.Directory.PathOf("subdivision-zones.json"));

    public static JsonElement Root => s_root.Value;

    public static IEnumerable<(string Code, JsonElement Entry)> Entries =>
        Root.GetProperty("subdivisions").EnumerateObject().Select(p => (p.Name, p.Value));

    public static string[] Zones(JsonElement entry) => entry.GetProperty("zones").EnumerateArray().Select(z => z.GetString()!).ToArray();

    /// <summary>The country codes whose every subdivision the file covers.</summary>
    public static string[] CoveredCountries => Root.GetProperty("countries").EnumerateArray().Select(c => c.GetString()!).ToArray();

    public static HashSet<string> Keys(string property) =>
        Root.GetProperty(property).EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
}
