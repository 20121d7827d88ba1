using System.Reflection;

namespace KpoSdk.Shared.Docs;

/// <summary>The configuration (Debug, Release) the test assembly was built in, from its <c>KpoSdkConfiguration</c> metadata.</summary>
internal static class BuildConfiguration
{
    public static string Current { get; } = typeof(BuildConfiguration).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "KpoSdkConfiguration")?.Value
        ?? throw new InvalidOperationException("The test project has no KpoSdkConfiguration assembly metadata.");
}
