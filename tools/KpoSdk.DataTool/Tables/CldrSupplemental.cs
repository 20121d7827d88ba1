using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace KpoSdk.DataTool.Tables;

/// <summary>The parts of CLDR's supplementalData.xml the country tables use: weekends and official languages.</summary>
internal sealed class CldrSupplemental
{
    /// <summary>CLDR's territory code for "the world", whose values are the defaults.</summary>
    private const string World = "001";

    private static readonly string[] s_days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private readonly XDocument _document;

    private CldrSupplemental(XDocument document) => _document = document;

    public static CldrSupplemental Read(DataDirectory data)
    {
        // The file names a DTD by relative path that tools/data does not have; it only adds defaults we do not use.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        using var reader = XmlReader.Create(data.PathOf(DataSources.CldrSupplemental), settings);
        return new CldrSupplemental(XDocument.Load(reader));
    }

    /// <summary>
    /// The weekend of a territory as ISO days (1 = Monday … 7 = Sunday): the cyclic range from
    /// CLDR's weekendStart to weekendEnd, each taken from the world default where the territory has none.
    /// </summary>
    public IReadOnlyList<int> Weekend(string territory)
    {
        int start = WeekDay("weekendStart", territory), end = WeekDay("weekendEnd", territory);
        var days = new List<int> { start };
        for (int day = start; day != end;)
        {
            day = (day % 7) + 1;
            days.Add(day);
        }

        return days;
    }

    /// <summary>
    /// The languages of a territory that have an official status, as (CLDR tag, status,
    /// population percent) in file order.
    /// </summary>
    public IReadOnlyList<(string Tag, string Status, double PopulationPercent)> OfficialLanguages(string territory)
    {
        var element = _document.Descendants("territoryInfo").Elements("territory")
            .SingleOrDefault(t => (string?)t.Attribute("type") == territory);
        if (element is null)
        {
            return [];
        }

        return element.Elements("languagePopulation")
            .Where(l => l.Attribute("officialStatus") is not null)
            .Select(l => (
                Tag: (string)l.Attribute("type")!,
                Status: (string)l.Attribute("officialStatus")!,
                PopulationPercent: double.Parse((string)l.Attribute("populationPercent")!, CultureInfo.InvariantCulture)))
            .ToArray();
    }

    private int WeekDay(string elementName, string territory)
    {
        var elements = _document.Descendants("weekData").Elements(elementName).Where(e => e.Attribute("alt") is null).ToArray();
        var match = elements.SingleOrDefault(e => Territories(e).Contains(territory))
            ?? elements.Single(e => Territories(e).Contains(World));
        string day = (string)match.Attribute("day")!;
        int index = Array.IndexOf(s_days, day);
        return index >= 0 ? index + 1 : throw new InvalidDataException($"{DataSources.CldrSupplemental}: unknown day '{day}' in {elementName}.");
    }

    private static string[] Territories(XElement element) =>
        ((string)element.Attribute("territories")!).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
