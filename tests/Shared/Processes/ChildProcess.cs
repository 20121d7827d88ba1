using System.Diagnostics;

namespace KpoSdk.Shared.Processes;

/// <summary>The exit code and the captured output of a finished child process.</summary>
internal sealed record ChildProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- standard output\n{Output}\n--- standard error\n{Error}";
}

/// <summary>
/// Runs a program as a child process, as a user's shell would, with nothing on standard input: MSBuild's variables that a test host
/// started by <c>dotnet test</c> passes on are removed, the .NET CLI's first-run output is off, and a
/// run that does not end within the time limit is killed and reported.
/// </summary>
internal static class ChildProcess
{
    public static async Task<ChildProcessResult> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"'{program}' did not start.");
        // Nobody types: a program that reads standard input reads its end at once.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' in {workingDirectory} did not end within {timeout}.");
        }

        return new ChildProcessResult(process.ExitCode, (await output).Replace("\r\n", "\n", StringComparison.Ordinal), await error);
    }
}
