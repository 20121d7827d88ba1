using System.Globalization;
using KpoSdk.Cli.Check;

namespace KpoSdk.Cli.Reports;

/// <summary>
/// One line per finding in the form compilers and MSBuild use, which editors and CI logs link to
/// the file: <c>file(line,col): error KPO1003: message [$.json.path]</c>, then a summary.
/// </summary>
internal static class TextReport
{
    public static void Write(CheckReport report, TextWriter output, bool colour)
    {
        foreach (var file in report.Files)
        {
            if (file.IoError is { } io)
            {
                output.WriteLine($"{file.Path}: {Paint("error", colour)}: cannot read the file: {io}");
            }
            else if (file.Result!.ReadError is { } unreadable)
            {
                output.WriteLine($"{file.Path}({unreadable.Line},{unreadable.Column}): {Paint("error", colour)}: cannot read the document: {unreadable.Message} [{unreadable.Path}]");
            }
            else
            {
                foreach (var finding in file.Result.Findings)
                {
                    output.WriteLine($"{file.Path}({finding.Line},{finding.Column}): {Paint(Severity.Word(finding.Severity), colour)} {finding.RuleId}: {finding.Message} [{finding.Path}]");
                }
            }
        }

        foreach (var problem in report.OverlayProblems)
        {
            output.WriteLine($"{report.RulesFile}({problem.Line},{problem.Column}): {Paint("error", colour)} {DiagnosticIds.MalformedRuleConfiguration}: {problem.Message}");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checked {Count(report.Files.Count, "document")} on {report.Date:uuuu-MM-dd}: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, {report.Unreadable} unreadable."));
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Paint(string word, bool colour)
    {
        if (!colour)
        {
            return word;
        }

        string code = word switch { "error" => "31", "warning" => "33", _ => "36" };
        return $"\u001b[{code}m{word}\u001b[0m";
    }
}
