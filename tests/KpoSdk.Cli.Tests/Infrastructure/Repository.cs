using System.Reflection;

namespace KpoSdk.Cli.Tests.Infrastructure;

/// <summary>Where the repository and its examples are, and the configuration this assembly was built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "docs", "examples");

    public static string Configuration { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "KpoSdkConfiguration").Value!;

    private static string FindRoot()
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
