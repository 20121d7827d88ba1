using System.CommandLine;
using System.Globalization;
using KpoSdk.Rules;

namespace KpoSdk.Cli.Commands;

/// <summary><c>kpo rules [--date] [--rules]</c>: the country/service rules in force on a date, each with its ID, severity, dates and citation.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var date = new Option<string?>("--date") { Description = "The date (yyyy-MM-dd); today in UTC by default." };
        var rules = new Option<string?>("--rules") { Description = "A rule overlay (kpo.rules.json) applied to the default rules first." };
        var all = new Option<bool>("--all") { Description = "List every rule of the set, in force on the date or not." };
        var command = new Command("rules", "List the country/service rules (KPO1001-1003) in force on a date, with their sources.") { date, rules, all };
        command.SetAction(parse =>
        {
            var day = Inputs.Date(parse.GetValue(date), "--date");
            var set = RuleSet.Default;
            if (parse.GetValue(rules) is { } path)
            {
                var overlay = set.ApplyOverlay(System.Text.Encoding.UTF8.GetString(Inputs.Bytes(path)));
                foreach (var problem in overlay.Problems)
                {
                    console.Error.WriteLine($"{path}({problem.Line},{problem.Column}): error {DiagnosticIds.MalformedRuleConfiguration}: {problem.Message}");
                }

                if (!overlay.Problems.IsEmpty)
                {
                    return ExitCodes.Findings;
                }

                set = overlay.Rules;
            }

            var shown = set.Rules.Where(r => parse.GetValue(all) || r.IsEffectiveOn(day)).ToList();
            console.Out.WriteLine($"{shown.Count} of {set.Rules.Count} rules {(parse.GetValue(all) ? "" : $"in force on {day:uuuu-MM-dd} ")}(rule data {set.DataVersion}):");
            foreach (var rule in shown)
            {
                console.Out.WriteLine();
                console.Out.WriteLine($"{rule.RuleId} {rule.Key} ({rule.Severity.ToString().ToLowerInvariant()}, {rule.Kind}): {rule.Title}");
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    in force  {Day(rule.EffectiveFrom, "always")} to {Day(rule.EffectiveTo, "open-ended")}"));
                console.Out.WriteLine($"    source    {rule.Citation}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static string Day(NodaTime.LocalDate? date, string none) => date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : none;
}
