using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using KpoSdk.DataTool;

namespace KpoSdk.Knowledge.Tests.Tables;

/// <summary>The repository's tools/data files, read independently of the data tool so the tests check its output.</summary>
internal static class SourceData
{
    public static DataDirectory Directory { get; } = DataDirectory.FindFrom(AppContext.BaseDirectory);

    private static readonly Lazy<XDocument> s_cldr = new(() =>
    {
        using var reader = XmlReader.Create(Directory.PathOf("supplementalData.xml"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    });

    /// <summary>The entries of an iso-codes JSON file as field → value maps.</summary>
    public static IReadOnlyList<Dictionary<string, string>> IsoCodes(string fileName, string listName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Directory.PathOf(fileName)));
        return document.RootElement.GetProperty(listName).EnumerateArray()
            .Select(e => e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!))
            .ToArray();
    }

    public static XDocument Cldr => s_cldr.Value;

    public static string? Field(this Dictionary<string, string> entry, string name) => entry.TryGetValue(name, out var value) ? value : null;
}
