namespace KpoSdk.Cli;

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at error severity was found.</summary>
    public const int Clean = 0;

    /// <summary>At least one finding at error severity.</summary>
    public const int Findings = 1;

    /// <summary>An input could not be read, or the command line is wrong.</summary>
    public const int Unusable = 2;
}
