namespace KpoSdk.Knowledge.Diagnostics;

/// <summary>Where a diagnostic ID is reported.</summary>
[Flags]
internal enum DiagnosticReporters
{
    None = 0,

    /// <summary>By the analyzers, in the IDE and in <c>dotnet build</c>.</summary>
    CompileTime = 1,

    /// <summary>By run-time validation (agreements, staffing plans, rule evaluation, parsing).</summary>
    RunTime = 2,

    /// <summary>By the package's MSBuild targets.</summary>
    Build = 4,
}
