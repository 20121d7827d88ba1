using System.Reflection;
using System.Text;
using System.Text.Json;
using KpoSdk.Cli.Check;

namespace KpoSdk.Cli.Reports;

/// <summary>
/// The run as a SARIF 2.1.0 log, as GitHub code scanning and other SARIF viewers read it: one run
/// of the tool <c>kpo</c>, whose driver lists every diagnostic ID reported with its title, default
/// level and help link (docs/diagnostics/KPOnnnn.md, the analyzers' help links); one result per
/// finding at its file, line and column, with the JSON path as a logical location; and files that
/// could not be read as tool execution notifications, which make the run unsuccessful.
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(CheckReport report, TextWriter output)
    {
        var rules = RuleIds(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, report);
            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                foreach (var finding in file.Result?.Findings ?? [])
                {
                    SarifResults.Write(json, rules, finding.RuleId!, finding.Severity, finding.Message, file.Path, finding.Line, finding.Column, finding.Path, finding.RuleKey, finding.Citation);
                }
            }

            foreach (var problem in report.OverlayProblems)
            {
                SarifResults.Write(json, rules, DiagnosticIds.MalformedRuleConfiguration, RuleSeverity.Error, problem.Message, report.RulesFile!, problem.Line, problem.Column, null, null, null);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The IDs reported, in ascending order: the driver's rules, which results refer to by index.</summary>
    private static List<string> RuleIds(CheckReport report)
    {
        var ids = report.Findings.Select(f => f.RuleId!).ToHashSet(StringComparer.Ordinal);
        if (report.OverlayProblems.Count > 0)
        {
            ids.Add(DiagnosticIds.MalformedRuleConfiguration);
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static void WriteTool(Utf8JsonWriter json, List<string> rules)
    {
        string version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "kpo");
        json.WriteString("fullName", "KpoSdk command line (kpo check)");
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version);
        json.WriteString("informationUri", "https://github.com/kposdk/KpoSdk");
        json.WriteStartArray("rules");
        foreach (string id in rules)
        {
            var info = DiagnosticCatalog.Find(id);
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", info?.Title ?? id);
            json.WriteEndObject();
            if (info is not null)
            {
                json.WriteString("helpUri", info.HelpLink);
                json.WriteStartObject("help");
                json.WriteString("text", $"{info.Title}. See {info.HelpLink}");
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Severity.SarifLevel(info.DefaultSeverity));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", report.Unreadable == 0);
        json.WriteNumber("exitCode", report.ExitCode);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var file in report.Files.Where(f => f.Unreadable))
        {
            var error = file.Result?.ReadError;
            SarifResults.WriteNotification(json, file.Path, error?.Line, error?.Column, error?.Path, file.IoError ?? $"The document cannot be read: {error!.Message}");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }
}
