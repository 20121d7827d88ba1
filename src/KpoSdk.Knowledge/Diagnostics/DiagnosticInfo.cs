namespace KpoSdk;

/// <summary>
/// One entry of the diagnostic catalogue (<see cref="DiagnosticCatalog"/>, generated from
/// tools/data/diagnostics.json): what tools need to describe an ID they report, such as SARIF rule
/// metadata or an IDE's help link.
/// </summary>
public sealed class DiagnosticInfo
{
    internal DiagnosticInfo(string id, string title, DiagnosticCategory category, RuleSeverity defaultSeverity, bool severityFromRules, DiagnosticReporters reporters, string? messageFormat, string? description, bool isCompilationEnd)
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

    /// <summary>Gets the ID, e.g. <c>"KPO1003"</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the title, as the docs page and the analyzer descriptor give it.</summary>
    public string Title { get; }

    /// <summary>Gets the kind of problem.</summary>
    public DiagnosticCategory Category { get; }

    /// <summary>Gets the analyzer category name, <c>KpoSdk.Input</c> ….</summary>
    public string CategoryName => "KpoSdk." + Category;

    /// <summary>Gets the severity at run time and the analyzer's default; for an ID data rules report, the severity of a rule that says none.</summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Gets whether data rules report the ID (KPO1001–1003, KPO1005): each rule sets its own severity, and only these IDs may be a rule's.</summary>
    public bool SeverityFromRules { get; }

    /// <summary>Gets where the ID is reported.</summary>
    public DiagnosticReporters Reporters { get; }

    /// <summary>Gets the analyzer descriptor's message format; null for an ID no analyzer reports.</summary>
    public string? MessageFormat { get; }

    /// <summary>Gets the analyzer descriptor's description; null for an ID no analyzer reports.</summary>
    public string? Description { get; }

    /// <summary>Gets whether the analyzers report the ID when a compilation ends (a configuration file).</summary>
    public bool IsCompilationEnd { get; }

    /// <summary>Gets the ID's page, which is also the analyzer's help link.</summary>
    public string HelpLink => DiagnosticCatalog.DocsBase + Id + ".md";

    /// <summary>Returns <c>"KPO1003: title"</c>.</summary>
    public override string ToString() => $"{Id}: {Title}";
}
