using KpoSdk.Cli.Tests.Infrastructure;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>The README's quick-start kpo command, run exactly as written from the repository's root.</summary>
public sealed class ReadmeCommandTests
{
    [Fact]
    public void The_readme_kpo_check_command_runs_as_written_and_reports_the_examples_findings()
    {
        string line = File.ReadAllLines(Path.Combine(Repository.Root, "README.md"))
            .Single(l => l.StartsWith("dotnet run --project src/KpoSdk.Cli -- check ", StringComparison.Ordinal));
        string command = line.Split('#')[0].Trim();
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var result = Processes.Run(words[0], Repository.Root, null, words[1..]);

        // The examples break rules on purpose (the README says so): exit code 1, findings listed.
        Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}:\n{result.Output}\n{result.Error}");
        Assert.Contains("docs/examples/agreement-new-york-tax.json(212,13): error KPO3004: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Checked 4 documents on ", result.Output, StringComparison.Ordinal);
    }
}
