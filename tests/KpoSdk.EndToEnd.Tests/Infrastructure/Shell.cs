using System.Diagnostics;

namespace KpoSdk.EndToEnd.Tests.Infrastructure;

/// <summary>Runs a shell script with <c>bash -e</c>, as a user pastes commands into a terminal.</summary>
public static class Shell
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Runs <paramref name="script"/> in <paramref name="workingDirectory"/>, stopping at the first failing command.</summary>
    public static ProcessResult Run(string workingDirectory, string script, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);

        // As for DotNet.Run: a user's terminal has none of the parent build's MSBuild variables.
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The script did not finish within {Timeout}:\n{script}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.Result + error.Result);
    }
}
