namespace KpoSdk;

/// <summary>Where a diagnostic ID is reported.</summary>
[Flags]
public enum DiagnosticReporters
{
    /// <summary>Nowhere (no ID has this value).</summary>
    None = 0,

    /// <summary>By the analyzers, in the IDE and in <c>dotnet build</c>.</summary>
    CompileTime = 1,

    /// <summary>By run-time validation (agreements, staffing plans, rule evaluation, parsing).</summary>
    RunTime = 2,

    /// <summary>By the package's MSBuild targets.</summary>
    Build = 4,
}
