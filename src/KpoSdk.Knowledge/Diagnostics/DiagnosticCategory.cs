namespace KpoSdk;

/// <summary>The kind of problem a diagnostic ID reports; the analyzers' category is <c>KpoSdk.</c> and the name.</summary>
public enum DiagnosticCategory
{
    /// <summary>Malformed input: a code, zone, language, duration or weekly hours that does not parse (KPO0001–0005).</summary>
    Input,

    /// <summary>The project's rule configuration (KPO0006) or build environment (KPO0007).</summary>
    Configuration,

    /// <summary>Country and service rules and the provider's catalog (KPO1001–1099).</summary>
    Rules,

    /// <summary>Coverage and time (KPO2001–2099).</summary>
    Coverage,

    /// <summary>Staffing (KPO3001–3099).</summary>
    Staffing,

    /// <summary>Declarations the generator cannot complete (KPO9001–9099).</summary>
    Declaration,
}
