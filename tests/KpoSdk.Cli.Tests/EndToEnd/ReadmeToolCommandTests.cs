using System.Text.Json;
using KpoSdk.Cli.Tests.Infrastructure;
using KpoSdk.Shared.Docs;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The <c>kpo</c> commands of the README and of the tool's own read-me, run as written with the
/// packed tool (<see cref="InstalledTool"/>) in a folder that holds what they name, as a user's
/// would: catalog.json, roster.json and agreements/ (copies of docs/examples).
/// </summary>
public sealed class ReadmeToolCommandTests(InstalledTool tool) : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Commands() => [.. DocCommands.RunBy(nameof(ReadmeToolCommandTests)).Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_command_runs_as_written_on_the_users_documents(string line)
    {
        var command = DocCommands.RunBy(nameof(ReadmeToolCommandTests)).Single(c => c.ToString() == line);
        Assert.Equal("kpo", command.Words[0]);
        _files.Example("catalog.json", "catalog.json");
        _files.Example("roster.json", "roster.json");
        _files.Example("agreement-new-york-tax.json", Path.Combine("agreements", "hudson-tax.json"));
        _files.Example("agreement-german-payroll.json", Path.Combine("agreements", "german-payroll.json"));

        var result = Processes.Run(tool.Command, _files.Root, new Dictionary<string, string?> { ["NO_COLOR"] = null }, command.Words[1..]);

        string why = $"{command}: exit code {result.ExitCode}\n{result.Output}\n{result.Error}";
        switch (command.Words[1])
        {
            case "check":
                // The examples break rules on purpose: findings at error severity, exit code 1.
                Assert.True(result.ExitCode == 1, why);
                using (var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(_files.Root, Option(command, "--output")))))
                {
                    Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
                    Assert.NotEqual(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
                }

                break;
            case "coverage":
                Assert.True(result.ExitCode == 0, why);
                Assert.Contains("required ", result.Output, StringComparison.Ordinal);
                Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(_files.Root, Option(command, "--svg"))), StringComparison.Ordinal);
                break;
            case "deadline":
                Assert.True(result.ExitCode == 0, why);
                Assert.Contains("Due       Mon 9 Mar 2026 11:00 EDT (2026-03-09T15:00:00Z)", result.Output, StringComparison.Ordinal);
                break;
            case "holidays":
                Assert.True(result.ExitCode == 0, why);
                Assert.Contains("2027-11-02  Tue  General Election Day", result.Output, StringComparison.Ordinal);
                break;
            case "rules":
                Assert.True(result.ExitCode == 0, why);
                Assert.Contains("KPO1001 us-ofac-iran (error", result.Output, StringComparison.Ordinal);
                break;
            default:
                Assert.Fail($"{command}: this test knows no outcome to expect of 'kpo {command.Words[1]}'; add it.");
                break;
        }
    }

    private static string Option(DocCommand command, string name)
    {
        int at = Array.IndexOf(command.Words, name);
        Assert.True(at > 0 && at + 1 < command.Words.Length, $"{command} has no {name} value.");
        return command.Words[at + 1];
    }
}
