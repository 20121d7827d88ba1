namespace KpoSdk;

/// <summary>How serious a rule violation is; ordered from least to most serious.</summary>
public enum RuleSeverity
{
    /// <summary>Worth knowing; nothing is wrong on its own.</summary>
    Info = 1,

    /// <summary>Probably wrong or needs a check the SDK cannot make (e.g. an exemption that depends on data volumes).</summary>
    Warning = 2,

    /// <summary>Prohibited or unlawful as declared.</summary>
    Error = 3,
}
