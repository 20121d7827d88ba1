namespace KpoSdk.Cli.Reports;

/// <summary>How each format names a severity.</summary>
internal static class Severity
{
    /// <summary>The word of compiler and MSBuild messages: error, warning, info.</summary>
    public static string Word(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The SARIF level: error, warning, note.</summary>
    public static string SarifLevel(RuleSeverity severity) => severity == RuleSeverity.Info ? "note" : Word(severity);
}
