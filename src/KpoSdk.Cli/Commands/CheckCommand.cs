using System.CommandLine;
using KpoSdk.Cli.Check;
using KpoSdk.Cli.Reports;
using KpoSdk.Documents;
using KpoSdk.Rules;

namespace KpoSdk.Cli.Commands;

/// <summary><c>kpo check &lt;files or folders…&gt;</c>: every catalog, roster and agreement checked with <see cref="DocumentCheck"/>, reported as text, JSON or SARIF.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files") { Description = "Documents (.json) and folders to check; a folder means every *.json file under it that is a catalog, roster or agreement.", Arity = ArgumentArity.OneOrMore };
        var date = new Option<string?>("--date") { Description = "The date rules, credentials and coverage are checked on (yyyy-MM-dd); today in UTC by default." };
        var rules = new Option<string?>("--rules") { Description = "A rule overlay (kpo.rules.json, docs/rules-overlay.md) applied to the default rules; its problems are KPO0006 findings." };
        var format = new Option<string>("--format", "-f") { Description = "text (file(line,col): severity ID: message), json, or sarif (SARIF 2.1.0).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var limits = new LimitOptions();
        var command = new Command("check", "Check catalogs, rosters and agreements; exit 0 when clean, 1 with findings at error severity, 2 when an input cannot be read.")
        {
            files, date, rules, format, output,
        };
        limits.AddTo(command);
        command.SetAction(parse =>
        {
            var day = Inputs.Date(parse.GetValue(date), "--date");
            string? rulesPath = parse.GetValue(rules);
            var overlay = rulesPath is null ? null : RuleSet.Default.ApplyOverlay(System.Text.Encoding.UTF8.GetString(Inputs.Bytes(rulesPath)));
            var options = new DocumentCheckOptions
            {
                Validation = AgreementValidationOptions.Default with { Rules = overlay?.Rules ?? RuleSet.Default },
                Limits = limits.Read(parse),
            };

            var (checkedFiles, skipped) = CheckRun.Run(InputFiles.Expand(parse.GetValue(files)!), day, options, console);
            var report = new CheckReport(day, checkedFiles, skipped, rulesPath is null ? null : InputFiles.Display(rulesPath), overlay?.Problems ?? []);
            foreach (string file in skipped)
            {
                console.Error.WriteLine($"kpo: skipped {file}: not a catalog, roster or agreement.");
            }

            Write(report, parse.GetValue(format)!, parse.GetValue(output), console);
            return report.ExitCode;
        });
        return command;
    }

    private static void Write(CheckReport report, string format, string? output, CliConsole console)
    {
        if (output is null)
        {
            Render(report, format, console.Out, console.Colour);
            return;
        }

        try
        {
            using var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            Render(report, format, writer, colour: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{Inputs.Cut(output)}': {ex.Message}");
        }
    }

    private static void Render(CheckReport report, string format, TextWriter writer, bool colour)
    {
        switch (format)
        {
            case "json":
                JsonReport.Write(report, writer);
                break;
            case "sarif":
                SarifReport.Write(report, writer);
                break;
            default:
                TextReport.Write(report, writer, colour);
                break;
        }
    }
}
