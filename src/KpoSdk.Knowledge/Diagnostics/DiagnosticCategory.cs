namespace KpoSdk.Knowledge.Diagnostics;

/// <summary>The analyzer category of a diagnostic (<c>KpoSdk.Input</c> …), one per kind of problem.</summary>
internal enum DiagnosticCategory
{
    Input,
    Configuration,
    Rules,
    Coverage,
    Staffing,
    Declaration,
}
