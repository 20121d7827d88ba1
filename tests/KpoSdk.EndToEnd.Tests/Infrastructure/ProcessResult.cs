namespace KpoSdk.EndToEnd.Tests.Infrastructure;

/// <summary>The exit code and the interleaved standard output and error of a finished process.</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    /// <summary>Throws with the whole output when the process failed.</summary>
    public ProcessResult EnsureSuccess(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
}
