using System.Text;
using System.Text.Json;
using KpoSdk.Cli.Check;
using KpoSdk.Documents;

namespace KpoSdk.Cli.Reports;

/// <summary>
/// The whole run as one JSON object for scripts: the date, each file with its kind and findings
/// (or why it could not be read), the overlay's problems, the counts and the exit code.
/// </summary>
internal static class JsonReport
{
    public static void Write(CheckReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("date", report.Date.ToString("uuuu-MM-dd", null));
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                WriteFile(json, file);
            }

            json.WriteEndArray();
            json.WriteStartArray("skipped");
            report.Skipped.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            if (report.RulesFile is not null)
            {
                json.WriteStartObject("rules");
                json.WriteString("path", report.RulesFile);
                json.WriteStartArray("problems");
                foreach (var problem in report.OverlayProblems)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", DiagnosticIds.MalformedRuleConfiguration);
                    json.WriteNumber("line", problem.Line);
                    json.WriteNumber("column", problem.Column);
                    json.WriteString("message", problem.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteStartObject("summary");
            json.WriteNumber("documents", report.Files.Count);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("unreadable", report.Unreadable);
            json.WriteNumber("exitCode", report.ExitCode);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFile(Utf8JsonWriter json, CheckedFile file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        if (file.Result?.Kind is { } kind)
        {
            json.WriteString("kind", kind.ToString().ToLowerInvariant());
        }
        else
        {
            json.WriteNull("kind");
        }

        json.WriteBoolean("readable", !file.Unreadable);
        if (file.IoError is not null || file.Result?.ReadError is not null)
        {
            json.WriteStartObject("error");
            if (file.Result?.ReadError is { } error)
            {
                WritePlace(json, error);
            }

            json.WriteString("message", file.IoError ?? file.Result!.ReadError!.Message);
            json.WriteEndObject();
        }

        json.WriteStartArray("findings");
        foreach (var finding in file.Result?.Findings ?? [])
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            json.WriteString("severity", Severity.Word(finding.Severity));
            WritePlace(json, finding);
            json.WriteString("message", finding.Message);
            if (finding.RuleKey is not null)
            {
                json.WriteString("ruleKey", finding.RuleKey);
                json.WriteString("citation", finding.Citation);
            }

            json.WriteString("helpUri", DiagnosticCatalog.Find(finding.RuleId!)?.HelpLink);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, DocumentFinding finding)
    {
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteString("jsonPath", finding.Path);
    }
}
