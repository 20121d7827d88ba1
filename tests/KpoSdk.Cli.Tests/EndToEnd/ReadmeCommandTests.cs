using KpoSdk.Cli.Tests.Infrastructure;
using KpoSdk.Shared.Docs;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The docs' <c>dotnet run --project src/KpoSdk.Cli -- check docs/examples</c> (README's quick start,
/// docs/cli.md), run exactly as written from the repository's root, once per distinct command.
/// </summary>
public sealed class ReadmeCommandTests
{
    [Fact]
    public void The_readme_kpo_check_command_runs_as_written_and_reports_the_examples_findings()
    {
        var commands = DocCommands.RunBy(nameof(ReadmeCommandTests)).DistinctBy(c => c.Command).ToList();

        foreach (var command in commands)
        {
            Assert.Equal(["dotnet", "run", "--project", "src/KpoSdk.Cli", "--", "check", "docs/examples"], command.Words);
            var result = Processes.Run(command.Words[0], Repository.Root, null, command.Words[1..]);

            // The examples break rules on purpose (the README says so): exit code 1, findings listed.
            Assert.True(result.ExitCode == 1, $"{command}: exit code {result.ExitCode}:\n{result.Output}\n{result.Error}");
            Assert.Contains("docs/examples/agreement-new-york-tax.json(212,13): error KPO3004: ", result.Output, StringComparison.Ordinal);
            Assert.Contains("Checked 4 documents on ", result.Output, StringComparison.Ordinal);
        }
    }
}
