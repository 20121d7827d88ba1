using KpoSdk.Shared.Docs;
using KpoSdk.Shared.Processes;

namespace KpoSdk.Knowledge.Tests.Tables;

/// <summary>
/// The README's <c>dotnet run --project tools/KpoSdk.DataTool -- --check</c>, run from the
/// repository's root (with <c>-c configuration --no-build</c>: this project references the tool):
/// it exits 0 and names no stale table, as the checked-in tables are fresh (GeneratedTablesAreFreshTests
/// compares them in process).
/// </summary>
public sealed class DataToolCheckCommandTests
{
    [Fact]
    public async Task The_readme_check_command_finds_every_table_fresh()
    {
        var commands = DocCommands.RunBy(nameof(DataToolCheckCommandTests));

        foreach (var command in commands)
        {
            Assert.Equal(["--check"], command.ProgramArguments);
            var result = await ChildProcess.RunAsync("dotnet", command.DotnetRunWithoutBuild(BuildConfiguration.Current), DocPages.RepositoryRoot, TimeSpan.FromMinutes(2));

            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"{command}: {result}");
        }
    }
}
