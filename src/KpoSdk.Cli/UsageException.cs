namespace KpoSdk.Cli;

/// <summary>A command line or input the command cannot use: printed to standard error, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
