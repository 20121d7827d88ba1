using KpoSdk.Shared.Docs;
using KpoSdk.Shared.Processes;

namespace KpoSdk.Samples.Tests;

/// <summary>
/// The README's commands that run the sample (the quick start and its delivery-options
/// sub-commands), run from the repository's root as a newcomer runs them, with
/// <c>-c configuration --no-build</c> added (<see cref="DocCommand.DotnetRunWithoutBuild"/>): each
/// exits 0 and prints the report the README describes.
/// </summary>
public sealed class ReadmeQuickstartTests
{
    private const string HeatMapWritten = "Coverage heat map written to ";

    /// <summary>For each command's program arguments, the starts of lines its output must have.</summary>
    private static readonly Dictionary<string, string[]> s_expected = new(StringComparer.Ordinal)
    {
        [""] =
        [
            "Acme Knowledge Services — service-level contracts, ",
            "== NewYorkTaxPreparation: TaxPreparation for US-NY, from IN PH",
            HeatMapWritten,
        ],
        ["delivery-options"] =
        [
            "Acme Knowledge Services: delivery options on 2027-01-04",
            "service                    client  IN         PH         PL",
        ],
        ["delivery-options Payroll DE 2027-03-01"] =
        [
            "Payroll for a client in DE (Germany) on 2027-03-01:",
            "  allowed only with a data-transfer safeguard from:",
        ],
    };

    public static TheoryData<string> Commands() => [.. DocCommands.RunBy(nameof(ReadmeQuickstartTests)).Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task The_command_runs_and_prints_its_report(string line)
    {
        var command = DocCommands.RunBy(nameof(ReadmeQuickstartTests)).Single(c => c.ToString() == line);
        string arguments = string.Join(' ', command.ProgramArguments);
        Assert.True(s_expected.TryGetValue(arguments, out var expected), $"{command}: this test knows no output to expect for '{arguments}'; add it.");
        var started = DateTime.UtcNow;

        var result = await ChildProcess.RunAsync("dotnet", command.DotnetRunWithoutBuild(BuildConfiguration.Current), DocPages.RepositoryRoot, TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, $"{command}: {result}");
        string[] lines = result.Output.Split('\n');
        Assert.All(expected, e => Assert.True(lines.Any(l => l.StartsWith(e, StringComparison.Ordinal)), $"{command} prints no line that starts '{e}':\n{result.Output}"));
        if (arguments.Length == 0)
        {
            // The heat map the README names, written afresh where the program says.
            string svg = lines.Single(l => l.StartsWith(HeatMapWritten, StringComparison.Ordinal))[HeatMapWritten.Length..].TrimEnd();
            Assert.Contains($"`{svg}`", File.ReadAllText(Path.Combine(DocPages.RepositoryRoot, command.Block.Page)), StringComparison.Ordinal);
            Assert.True(File.GetLastWriteTimeUtc(Path.Combine(DocPages.RepositoryRoot, svg)) >= started.AddSeconds(-1), $"{command} did not write {svg}.");
        }
    }
}
