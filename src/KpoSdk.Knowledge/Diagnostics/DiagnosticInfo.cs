namespace KpoSdk.Knowledge.Diagnostics;

/// <summary>One entry of the diagnostic catalogue (generated from tools/data/diagnostics.json).</summary>
internal sealed class DiagnosticInfo
{
    public DiagnosticInfo(string id, string title, DiagnosticCategory category, RuleSeverity defaultSeverity, bool severityFromRules, DiagnosticReporters reporters, string? messageFormat, string? description, bool isCompilationEnd)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        SeverityFromRules = severityFromRules;
        Reporters = reporters;
        MessageFormat = messageFormat;
        Description = description;
        IsCompilationEnd = isCompilationEnd;
    }

    public string Id { get; }

    public string Title { get; }

    public DiagnosticCategory Category { get; }

    /// <summary>The analyzer category name, <c>KpoSdk.Input</c> ….</summary>
    public string CategoryName => "KpoSdk." + Category;

    /// <summary>The severity at run time and the analyzer's default; for a rule ID, the default of rules that say none.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>True for the IDs data rules report (KPO1001-1003): each rule sets its own severity, and only these IDs may be a rule's.</summary>
    public bool SeverityFromRules { get; }

    public DiagnosticReporters Reporters { get; }

    /// <summary>The analyzer descriptor's message format; null for an ID no analyzer reports.</summary>
    public string? MessageFormat { get; }

    /// <summary>The analyzer descriptor's description; null for an ID no analyzer reports.</summary>
    public string? Description { get; }

    /// <summary>True when the analyzers report it at the end of a compilation (a configuration file).</summary>
    public bool IsCompilationEnd { get; }

    /// <summary>The ID's page, which is also the descriptor's help link.</summary>
    public string HelpLink => DiagnosticCatalog.DocsBase + Id + ".md";
}
