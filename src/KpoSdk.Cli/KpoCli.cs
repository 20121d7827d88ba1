using System.CommandLine;
using KpoSdk.Cli.Commands;

namespace KpoSdk.Cli;

/// <summary>
/// The <c>kpo</c> command line: <c>check</c>, <c>coverage</c>, <c>deadline</c>, <c>rules</c> and <c>holidays</c>
/// (docs/cli.md). Every command returns 0, 1 or 2 (<see cref="ExitCodes"/>); a command line that
/// does not parse is a usage error (2), not System.CommandLine's default 1, so that CI can tell
/// "the documents break rules" from "the job is misconfigured".
/// </summary>
internal static class KpoCli
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand("kpo: check KpoSdk catalogs, rosters and agreements (JSON), report coverage, compute SLA deadlines, list the rules in force and the built-in public holidays.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(CoverageCommand.Create(console));
        root.Subcommands.Add(DeadlineCommand.Create(console));
        root.Subcommands.Add(RulesCommand.Create(console));
        root.Subcommands.Add(HolidaysCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"kpo: {error.Message}");
            }

            console.Error.WriteLine("Run 'kpo --help' for usage.");
            return ExitCodes.Unusable;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"kpo: {ex.Message}");
            return ExitCodes.Unusable;
        }
    }
}
