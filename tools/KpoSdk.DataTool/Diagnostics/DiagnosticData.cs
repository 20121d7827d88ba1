using System.Text.Json;
using System.Text.RegularExpressions;
using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Diagnostics;

/// <summary>One entry of tools/data/diagnostics.json.</summary>
internal sealed record DiagnosticRow(
    string Id,
    string Name,
    string Title,
    string Summary,
    string Category,
    string Severity,
    bool SeverityFromRules,
    IReadOnlyList<string> Reported,
    string? Message,
    string? Description,
    bool CompilationEnd,
    string? Analyzers,
    string IndexSeverity,
    string IndexWhere)
{
    /// <summary>Whether an analyzer reports it, so that it has a descriptor.</summary>
    public bool HasDescriptor => Message is not null;

    /// <summary>The ID range's name, which the docs call its category: "Malformed input (KPO0001–0099)".</summary>
    public string Range => Id[3] switch
    {
        '0' => "Malformed input (KPO0001–0099)",
        '1' => "Country and service rules (KPO1001–1099)",
        '2' => "Coverage and time (KPO2001–2099)",
        '3' => "Staffing (KPO3001–3099)",
        _ => "Declaration errors (KPO9001–9099)",
    };
}

/// <summary>Reads and checks tools/data/diagnostics.json, the one diagnostic catalogue.</summary>
internal static partial class DiagnosticData
{
    public const string FileName = "diagnostics.json";

    private static readonly string[] s_categories = ["Input", "Configuration", "Rules", "Coverage", "Staffing", "Declaration"];
    private static readonly string[] s_severities = ["Error", "Warning"];
    private static readonly string[] s_reporters = ["compile time", "run time", "build (package targets)"];

    public static IReadOnlyList<DiagnosticRow> Read(DataDirectory data)
    {
        using var document = JsonDocument.Parse(data.ReadAllText(FileName));
        var rows = new List<DiagnosticRow>();
        foreach (var e in document.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var row = new DiagnosticRow(
                e.GetProperty("id").GetString()!,
                e.GetProperty("name").GetString()!,
                e.GetProperty("title").GetString()!,
                e.GetProperty("summary").GetString()!,
                e.GetProperty("category").GetString()!,
                e.GetProperty("severity").GetString()!,
                e.GetProperty("severityFromRules").GetBoolean(),
                e.StringArray("reported"),
                e.OptionalString("message"),
                e.OptionalString("description"),
                e.TryGetProperty("compilationEnd", out var end) && end.GetBoolean(),
                e.OptionalString("analyzers"),
                e.GetProperty("indexSeverity").GetString()!,
                e.GetProperty("indexWhere").GetString()!);
            Check(row, rows);
            rows.Add(row);
        }

        return rows;
    }

    private static void Check(DiagnosticRow row, List<DiagnosticRow> earlier)
    {
        string at = $"{FileName}: {row.Id}";
        if (!IdPattern().IsMatch(row.Id))
        {
            throw new InvalidDataException($"{at}: the ID is not 'KPO' and four digits.");
        }

        if (earlier.Count > 0 && string.CompareOrdinal(earlier[^1].Id, row.Id) >= 0)
        {
            throw new InvalidDataException($"{at}: IDs must be unique and in ascending order (after {earlier[^1].Id}).");
        }

        if (earlier.Any(r => r.Name == row.Name))
        {
            throw new InvalidDataException($"{at}: the name '{row.Name}' is used twice.");
        }

        if (!s_categories.Contains(row.Category) || !s_severities.Contains(row.Severity))
        {
            throw new InvalidDataException($"{at}: category '{row.Category}' or severity '{row.Severity}' is not one of {string.Join(", ", s_categories)} / {string.Join(", ", s_severities)}.");
        }

        if (row.Reported.Count == 0 || row.Reported.Any(r => !s_reporters.Contains(r)))
        {
            throw new InvalidDataException($"{at}: 'reported' must list some of {string.Join(", ", s_reporters)}.");
        }

        bool compileTime = row.Reported.Contains("compile time");
        if (compileTime != row.HasDescriptor || (row.HasDescriptor && (row.Description is null || row.Analyzers is null)))
        {
            throw new InvalidDataException($"{at}: an ID reported at compile time needs 'message', 'description' and 'analyzers', and only such an ID has them.");
        }
    }

    [GeneratedRegex("^KPO[0-9]{4}$")]
    private static partial Regex IdPattern();
}
