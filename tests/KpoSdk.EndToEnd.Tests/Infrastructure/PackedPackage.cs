using System.Reflection;

namespace KpoSdk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// KpoSdk packed once per test class into a temporary feed, under a version of its own, so that
/// no consumer can restore a stale copy from the global packages folder; both are removed again
/// on disposal. Packing uses <c>--no-build</c>: this project's reference to KpoSdk builds it (and
/// the Roslyn components it carries) in the same configuration before the tests run.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    /// <summary>Packs KpoSdk into a new temporary folder.</summary>
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("kposdk-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-e2e.t" + Guid.NewGuid().ToString("N")[..12];

        var pack = DotNet.Run(RepositoryRoot, "pack", Path.Combine("src", "KpoSdk", "KpoSdk.csproj"), "-c", Configuration, "--no-build",
            "-o", Feed, "-p:PackageVersion=" + Version);
        if (pack.ExitCode != 0)
        {
            // A fixture whose constructor throws is never disposed.
            TryDelete(Root);
            pack.EnsureSuccess("Packing KpoSdk");
        }

        // The local feed first; the user's own sources stay (inherited) for NodaTime and Ical.Net.
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kposdk-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Gets the temporary folder holding the feed, its nuget.config and the consumers.</summary>
    public string Root { get; }

    /// <summary>Gets the folder the packages were written to.</summary>
    public string Feed { get; }

    /// <summary>Gets the version packed.</summary>
    public string Version { get; }

    /// <summary>Gets the path of the package.</summary>
    public string PackagePath => Path.Combine(Feed, $"KpoSdk.{Version}.nupkg");

    /// <summary>Gets the path of the symbols package.</summary>
    public string SymbolsPackagePath => Path.Combine(Feed, $"KpoSdk.{Version}.snupkg");

    /// <summary>Gets the build configuration this test assembly (and so KpoSdk) was built in.</summary>
    public static string Configuration { get; } = typeof(PackedPackage).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KpoSdkConfiguration").Value!;

    /// <summary>Gets the folder holding KpoSdk.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <inheritdoc/>
    public void Dispose()
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, "kposdk", Version.ToLowerInvariant()));
        TryDelete(Root);
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

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KpoSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KpoSdk.sln above '{AppContext.BaseDirectory}'.");
    }
}
