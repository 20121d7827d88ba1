using System.Text.Json;

namespace KpoSdk.Cli.Reports;

/// <summary>Writes SARIF results and notifications: a message, and a physical location (file, line, column) with the JSON path as a logical location.</summary>
internal static class SarifResults
{
    public static void Write(Utf8JsonWriter json, List<string> rules, string ruleId, RuleSeverity severity, string message, string file, int line, int column, string? jsonPath, string? ruleKey, string? citation)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", ruleId);
        json.WriteNumber("ruleIndex", rules.IndexOf(ruleId));
        json.WriteString("level", Severity.SarifLevel(severity));
        WriteMessage(json, message);
        json.WriteStartArray("locations");
        WriteLocation(json, file, line, column, jsonPath);
        json.WriteEndArray();
        if (ruleKey is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("ruleKey", ruleKey);
            json.WriteString("citation", citation);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static void WriteNotification(Utf8JsonWriter json, string file, int? line, int? column, string? jsonPath, string message)
    {
        json.WriteStartObject();
        json.WriteString("level", "error");
        WriteMessage(json, message);
        json.WriteStartArray("locations");
        WriteLocation(json, file, line ?? 1, column ?? 1, jsonPath);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string message)
    {
        json.WriteStartObject("message");
        json.WriteString("text", message);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string file, int line, int column, string? jsonPath)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(file));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", line);
        json.WriteNumber("startColumn", column);
        json.WriteEndObject();
        json.WriteEndObject();
        if (jsonPath is not null)
        {
            json.WriteStartArray("logicalLocations");
            json.WriteStartObject();
            json.WriteString("fullyQualifiedName", jsonPath);
            json.WriteString("kind", "member");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative path as a relative URI reference (code scanning resolves it against the checkout); an absolute one as a file URI.</summary>
    private static string Uri(string path) =>
        Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
