using System.Text.Json;
using System.Text.RegularExpressions;
using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Holidays;

/// <summary>
/// Reads and checks every file of tools/data/holidays strictly (tools/data/holidays/FORMAT.md):
/// unknown or repeated properties, unknown ids (sources, excluded holidays), malformed or
/// impossible dates and unknown jurisdiction codes are errors naming the file and the JSON path.
/// </summary>
internal static class HolidayFileReader
{
    public const string Folder = "holidays";

    private static readonly Regex s_kebab = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    private static readonly Regex s_forbiddenSource = new("wikipedia|date-holidays", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static IReadOnlyList<HolidayFile> ReadAll(DataDirectory data)
    {
        var countries = IsoCodesJson.Read(data, DataSources.Countries, "3166-1").ToDictionary(e => e.Required("alpha_2"), e => e.Required("name"), StringComparer.Ordinal);
        var subdivisions = IsoCodesJson.Read(data, DataSources.Subdivisions, "3166-2").Select(e => e.Required("code")).ToHashSet(StringComparer.Ordinal);
        return [.. Directory.GetFiles(Path.Combine(data.DataPath, Folder), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(path, countries, subdivisions))];
    }

    public static HolidayFile Read(string path, IReadOnlyDictionary<string, string> countries, ISet<string> subdivisionCodes)
    {
        string file = $"tools/data/{Folder}/{Path.GetFileName(path)}";
        string expected = Path.GetFileNameWithoutExtension(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{file}: not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = new JsonCursor(file, "$", document.RootElement);
            var p = root.Object("country", "sources", "national", "subdivisions", "notes", "unlistedSubdivisions");
            string country = Required(p, root, "country").String();
            if (country != expected || !countries.TryGetValue(country, out string? countryName))
            {
                throw p["country"].Error($"'{country}' must be the ISO 3166-1 alpha-2 code the file is named after ('{expected}').");
            }

            var sources = Required(p, root, "sources").Array().Select(Source).ToArray();
            CheckUnique(sources.Select(s => (s.Id, p["sources"])), "source id");
            var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var national = Required(p, root, "national").Array().Select(e => Entry(e, sourceIds)).ToArray();
            CheckUnique(national.Select(n => (n.Id, p["national"])), "national holiday id");
            var nationalIds = national.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            var subdivisions = p.TryGetValue("subdivisions", out var subs)
                ? subs.Properties().Select(s => Subdivision(s.Key, s.Value, country, subdivisionCodes, sourceIds, nationalIds)).ToArray()
                : [];
            bool follows = p.TryGetValue("unlistedSubdivisions", out var unlisted)
                ? unlisted.String() switch { "national" => true, "not-covered" => false, var other => throw unlisted.Error($"'{other}' must be 'national' or 'not-covered'.") }
                : subdivisions.Length == 0;
            return new HolidayFile(file, country, countryName, p.TryGetValue("notes", out var notes) ? notes.String() : null, follows, sources, national, subdivisions);
        }
    }

    private static HolidaySourceRow Source(JsonCursor at)
    {
        var p = at.Object("id", "title", "publisher", "url", "licence", "verified");
        string[] fields = ["id", "title", "publisher", "url", "licence", "verified"];
        var values = fields.Select(f => Required(p, at, f).String()).ToArray();
        if (!s_kebab.IsMatch(values[0]))
        {
            throw p["id"].Error($"'{values[0]}' is not a kebab-case id.");
        }

        if (s_forbiddenSource.IsMatch(values[3]) || s_forbiddenSource.IsMatch(values[2]))
        {
            throw p["url"].Error("share-alike sources (Wikipedia, date-holidays) may not be cited; cite the official source.");
        }

        return new HolidaySourceRow(values[0], values[1], values[2], values[3], values[4], values[5]);
    }

    private static HolidayRow Entry(JsonCursor at, ISet<string> sourceIds)
    {
        var p = at.Object("id", "name", "localName", "rule", "observed", "kind", "from", "to", "source", "notes", "overrides");
        string id = Required(p, at, "id").String();
        if (!s_kebab.IsMatch(id))
        {
            throw p["id"].Error($"'{id}' is not a kebab-case id such as 'new-years-day'.");
        }

        int? from = p.TryGetValue("from", out var f) ? Year(f) : null;
        int? to = p.TryGetValue("to", out var t) ? Year(t) : null;
        if (from > to)
        {
            throw t.Error($"'to' {to} is before 'from' {from}.");
        }

        var (ruleText, description, table) = HolidayRuleReader.Read(Required(p, at, "rule"), from);
        string? observed = p.TryGetValue("observed", out var o) ? o.String() : null;
        if (observed is not null && !ObservanceNames.Contains(observed))
        {
            throw o.Error($"'{observed}' is not an observance rule; expected one of {string.Join(", ", ObservanceNames)}.");
        }

        bool optional = p.TryGetValue("kind", out var kind) && kind.String() switch
        {
            "public" => false,
            "optional" => true,
            var other => throw kind.Error($"'{other}' is not a kind; expected 'public' or 'optional'."),
        };
        var sources = Required(p, at, "source").StringOrStrings();
        foreach (string source in sources.Where(s => !sourceIds.Contains(s)))
        {
            throw p["source"].Error($"'{source}' is not the id of a source of this file.");
        }

        return new HolidayRow(
            id,
            Required(p, at, "name").String(),
            p.TryGetValue("localName", out var local) ? local.String() : null,
            ruleText,
            description,
            table,
            observed,
            optional,
            from,
            to,
            p.TryGetValue("overrides", out var overrides) ? Overrides(overrides) : null,
            sources,
            p.TryGetValue("notes", out var notes) ? notes.String() : null);
    }

    /// <summary>The observance names of FORMAT.md and FORMAT-REQUESTS.md, as KpoSdk.Knowledge's Observances reads them.</summary>
    public static readonly string[] ObservanceNames =
    [
        "nearest-weekday", "sunday-to-monday", "weekend-to-monday", "next-free-weekday", "next-free-day", "sunday-to-next-non-holiday",
        "moved-to-monday", "moved-nearest-monday", "moved-weekend-to-monday", "moved-sunday-to-monday", "moved-next-free-weekday", "moved-sunday-to-saturday",
    ];

    private static string Overrides(JsonCursor at)
    {
        var years = at.Object([.. Enumerable.Range(1800, 401).Select(JsonCursor.Invariant)]);
        return string.Join(" ", years.OrderBy(y => y.Key, StringComparer.Ordinal).Select(y =>
        {
            int year = HolidayRuleReader.Year(y.Value, y.Key);
            return $"{year}:{string.Join(",", y.Value.Array().Select(d => HolidayRuleReader.MonthDay(d, year)))}";
        }));
    }

    private static SubdivisionRow Subdivision(string code, JsonCursor at, string country, ISet<string> subdivisionCodes, ISet<string> sourceIds, ISet<string> nationalIds)
    {
        if (!code.StartsWith(country + "-", StringComparison.Ordinal) || !subdivisionCodes.Contains(code))
        {
            throw at.Error($"'{code}' is not an ISO 3166-2 subdivision code of {country} (tools/data/{DataSources.Subdivisions}), written as ISO writes it, e.g. '{country}-…'.");
        }

        var p = at.Object("name", "holidays", "exclude");
        var holidays = p.TryGetValue("holidays", out var h) ? h.Array().Select(e => Entry(e, sourceIds)).ToArray() : [];
        CheckUnique(holidays.Select(x => (x.Id, at)), "holiday id");
        var excluded = p.TryGetValue("exclude", out var x) ? x.Array().Select(e => Exclude(e, sourceIds, nationalIds)).ToArray() : [];
        CheckUnique(excluded.Select(e => (e.Id, at)), "excluded id");
        foreach (var both in excluded.Where(e => holidays.Any(o => o.Id == e.Id)))
        {
            throw at.Error($"'{both.Id}' is both excluded and replaced; a replacement needs no exclusion.");
        }

        return new SubdivisionRow(code, Required(p, at, "name").String(), excluded, holidays);
    }

    private static ExcludeRow Exclude(JsonCursor at, ISet<string> sourceIds, ISet<string> nationalIds)
    {
        var p = at.Object("id", "reason", "source");
        string id = Required(p, at, "id").String();
        if (!nationalIds.Contains(id))
        {
            throw p["id"].Error($"'{id}' is not the id of a national holiday of this file, so it cannot be excluded.");
        }

        var sources = Required(p, at, "source").StringOrStrings();
        foreach (string source in sources.Where(s => !sourceIds.Contains(s)))
        {
            throw p["source"].Error($"'{source}' is not the id of a source of this file.");
        }

        return new ExcludeRow(id, Required(p, at, "reason").String(), sources);
    }

    private static int Year(JsonCursor at) => HolidayRuleReader.Year(at, JsonCursor.Invariant(at.Int()));

    private static JsonCursor Required(IReadOnlyDictionary<string, JsonCursor> p, JsonCursor at, string name) =>
        p.TryGetValue(name, out var value) ? value : throw at.Error($"the property '{name}' is required.");

    private static void CheckUnique(IEnumerable<(string Id, JsonCursor At)> ids, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, at) in ids)
        {
            if (!seen.Add(id))
            {
                throw at.Error($"the {what} '{id}' is used twice.");
            }
        }
    }
}
