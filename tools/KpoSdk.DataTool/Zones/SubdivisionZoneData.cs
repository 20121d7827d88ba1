using System.Text.Json;

namespace KpoSdk.DataTool.Zones;

/// <summary>One subdivision and the zone.tab zones in which part of it keeps time, primary first.</summary>
public sealed record SubdivisionZoneRow(string Code, IReadOnlyList<string> Zones);

/// <summary>
/// The contents of tools/data/subdivision-zones.json, checked strictly against the ISO 3166-2
/// table and NodaTime's TZDB (see <see cref="SubdivisionZoneEntry"/> and
/// <see cref="SubdivisionZoneCoverage"/> for the checks). Any failure is an
/// <see cref="InvalidDataException"/> naming the entry.
/// </summary>
public sealed class SubdivisionZoneData
{
    public const string FileName = "subdivision-zones.json";

    private static readonly string[] s_topLevelFields =
        ["source", "method", "policy", "countries", "other_countries", "unmapped_subdivisions", "aliases", "unmapped_zones", "subdivisions"];

    private SubdivisionZoneData(IReadOnlyList<SubdivisionZoneRow> rows) => Rows = rows;

    /// <summary>The entries in ordinal order of the code (the order of the generated subdivision table).</summary>
    public IReadOnlyList<SubdivisionZoneRow> Rows { get; }

    public static SubdivisionZoneData Read(DataDirectory data) => Parse(data.ReadAllText(FileName), ZoneFacts.Read(data));

    public static SubdivisionZoneData Parse(string json, ZoneFacts facts)
    {
        var file = new ZoneJson(FileName);
        using var document = ParseDocument(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw file.Error($"the file holds {root.ValueKind.ToString().ToLowerInvariant()}; expected an object with {string.Join(", ", s_topLevelFields)}.");
        }

        file.OnlyFields(root, s_topLevelFields);
        foreach (string prose in (string[])["source", "method", "policy"])
        {
            if (string.IsNullOrWhiteSpace(file.String(root, prose)))
            {
                throw file.Error($"'{prose}' is empty; it documents the data and must say something.");
            }
        }

        var rows = new List<SubdivisionZoneRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.Object(root, "subdivisions").EnumerateObject())
        {
            if (!seen.Add(entry.Name))
            {
                throw file.Error($"the subdivision '{entry.Name}' has two entries.");
            }

            rows.Add(SubdivisionZoneEntry.Read(entry.Name, entry.Value, facts));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        SubdivisionZoneCoverage.Check(file, root, rows, facts);
        return new SubdivisionZoneData(rows);
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{FileName}: not valid JSON: {e.Message}", e);
        }
    }
}
