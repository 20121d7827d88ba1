using System.Xml;
using System.Xml.Linq;
using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Regions;

/// <summary>
/// CLDR's territoryContainment (from supplementalData.xml), which follows the UN M49 standard:
/// the world's five regions and, below each, its sub-regions (CLDR uses M49's intermediate regions
/// in Africa and the Americas, e.g. Central America rather than Latin America and the Caribbean).
/// Groupings (EU, Sub-Saharan Africa, Latin America) and deprecated entries are left out, so every
/// territory lies in exactly one sub-region.
/// </summary>
internal sealed class CldrContainment
{
    private const string World = "001";

    private CldrContainment(IReadOnlyList<Region> regions) => Regions = regions;

    /// <summary>The regions under the world, in file order, each with its sub-regions.</summary>
    public IReadOnlyList<Region> Regions { get; }

    public static CldrContainment Read(DataDirectory data)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(data.PathOf(DataSources.CldrSupplemental), settings);
        var groups = XDocument.Load(reader).Descendants("territoryContainment").Elements("group")
            .Where(g => g.Attribute("status") is null && g.Attribute("grouping") is null)
            .ToDictionary(g => (string)g.Attribute("type")!, g => g, StringComparer.Ordinal);

        var regions = Contains(groups[World])
            .Select(code => new Region(code, NameOf(groups[code]), Contains(groups[code])
                .Select(sub => new SubRegion(sub, NameOf(groups[sub]), Contains(groups[sub])))
                .ToArray()))
            .ToArray();
        return new CldrContainment(regions);
    }

    private static string[] Contains(XElement group) =>
        ((string)group.Attribute("contains")!).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The English name CLDR writes in the comment after each group, e.g. <c>&lt;!--Western Africa --&gt;</c>.</summary>
    private static string NameOf(XElement group)
    {
        string code = (string)group.Attribute("type")!;
        var next = group.NodesAfterSelf().FirstOrDefault(n => n is not XText text || !string.IsNullOrWhiteSpace(text.Value));
        if (next is not XComment comment)
        {
            throw new InvalidDataException($"{DataSources.CldrSupplemental}: territoryContainment group {code} has no name comment.");
        }

        // "Southern Europe, XK not in UN data" keeps only the name.
        return comment.Value.Split(',')[0].Trim();
    }

    /// <summary>An M49 region (Europe) with its sub-regions.</summary>
    public sealed record Region(string Code, string Name, IReadOnlyList<SubRegion> SubRegions);

    /// <summary>An M49 sub-region (Eastern Europe) with the alpha-2 codes of its territories.</summary>
    public sealed record SubRegion(string Code, string Name, IReadOnlyList<string> Territories);
}
