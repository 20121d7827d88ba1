using KpoSdk.Cli.Tests.Infrastructure;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>
/// KpoSdk.Cli packed once per test run (an assembly fixture) under a version of its own into a temporary feed (an
/// up-to-date build, since this project's reference built it in the same configuration; a tool's
/// pack with --no-build fails, NETSDK1085, on the runtime's pack targets), and installed
/// from there with <c>dotnet tool install --tool-path</c>, as a user installs it. The temporary
/// folder and the NuGet cache entry of that version are removed afterwards.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public InstalledTool()
    {
        Root = Directory.CreateTempSubdirectory("kpo-tool-").FullName;
        string feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e.t" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            Dotnet("pack", Path.Combine("src", "KpoSdk.Cli", "KpoSdk.Cli.csproj"), "-c", Repository.Configuration, "-o", feed, "-p:PackageVersion=" + Version);
            Dotnet("tool", "install", "--tool-path", Path.Combine(Root, "tools"), "--add-source", feed, "KpoSdk.Cli", "--version", Version, "--ignore-failed-sources");
        }
        catch
        {
            // A fixture whose constructor throws is never disposed.
            Dispose();
            throw;
        }
    }

    public string Root { get; }

    public string Version { get; }

    public string Command => Path.Combine(Root, "tools", OperatingSystem.IsWindows() ? "kpo.exe" : "kpo");

    /// <summary>Runs the installed kpo in the repository's root, so that paths read as in the docs.</summary>
    public KpoResult Run(params string[] arguments) => Processes.Run(Command, Repository.Root, new Dictionary<string, string?> { ["NO_COLOR"] = null }, arguments);

    public void Dispose()
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, "kposdk.cli", Version.ToLowerInvariant()));
        TryDelete(Root);
    }

    private static void Dotnet(params string[] arguments)
    {
        var result = Processes.Run("dotnet", Repository.Root, null, arguments);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {result.ExitCode}:\n{result.Output}\n{result.Error}");
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is not a test failure.
        }
    }
}
