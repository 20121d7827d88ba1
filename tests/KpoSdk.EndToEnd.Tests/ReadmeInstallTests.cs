using KpoSdk.EndToEnd.Tests.Infrastructure;
using KpoSdk.Shared.Docs;

namespace KpoSdk.EndToEnd.Tests;

/// <summary>
/// The README's install commands, run as a newcomer runs them: literally, line by line, from the
/// folder that holds the clone, with an empty NuGet cache (so NodaTime and the package's other
/// dependencies come from nuget.org through the nuget.config the commands write).
/// </summary>
public sealed class ReadmeInstallTests(PackedPackage package)
{
    [Fact]
    public void The_install_commands_work_as_written_on_a_machine_with_an_empty_cache()
    {
        string script = InstallBlock();
        string root = Directory.CreateTempSubdirectory("kposdk-readme-").FullName;
        try
        {
            // The clone, under the name the README gives it, beside where the commands run.
            Directory.CreateSymbolicLink(Path.Combine(root, "KpoSdk"), PackedPackage.RepositoryRoot);
            var result = Shell.Run(root, script, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "nuget-cache") });

            result.EnsureSuccess("The README's install commands");
            string project = File.ReadAllText(Path.Combine(root, "MyKpoApp", "MyKpoApp.csproj"));
            Assert.Contains("<PackageReference Include=\"KpoSdk\" Version=\"0.1.0\" />", project, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, "nuget-cache", "kposdk", "0.1.0", "kposdk.0.1.0.nupkg")), "The package was not restored into the empty cache.");
            Assert.True(Directory.Exists(Path.Combine(root, "nuget-cache", "nodatime")), "NodaTime was not restored from nuget.org.");
            Assert.DoesNotContain(BuildDiagnostic.Parse(result.Output), d => d.Severity == "error");
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not a test failure.
            }
        }
    }

    [Fact]
    public void A_project_for_an_earlier_framework_is_told_at_restore_that_net10_is_needed()
    {
        var consumer = ConsumerProject.Create(package, "Valid", "Net8Consumer", executable: true, targetFramework: "net8.0");

        var restore = DotNet.Run(consumer.Directory, "restore");

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains("NU1202", restore.Output, StringComparison.Ordinal);
        Assert.Contains("supports: net10.0", restore.Output, StringComparison.Ordinal);
    }

    /// <summary>The README's install commands (the lines its marker says this test runs), as written, one per line.</summary>
    private static string InstallBlock() => string.Concat(DocCommands.RunBy(nameof(ReadmeInstallTests)).Select(c => c.Command + "\n"));
}
