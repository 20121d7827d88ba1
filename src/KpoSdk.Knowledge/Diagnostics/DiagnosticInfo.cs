namespace KpoSdk;

/// <summary>
/// What the catalogue says about one diagnostic ID: its title (the heading of its page), the
/// severity it has unless configured otherwise, and the page it links to.
/// </summary>
public sealed class DiagnosticInfo
{
    internal DiagnosticInfo(string id, string title, RuleSeverity defaultSeverity, bool severityFromRuleData)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        SeverityFromRuleData = severityFromRuleData;
    }

    /// <summary>Gets the ID, e.g. <c>"KPO1003"</c> (one of <see cref="DiagnosticIds"/>).</summary>
    public string Id { get; }

    /// <summary>Gets the title, e.g. <c>"Personal-data transfer needs a mechanism or is barred"</c>.</summary>
    public string Title { get; }

    /// <summary>
    /// Gets the severity it is reported with by default. For the rule-data IDs (KPO1001–KPO1003,
    /// <see cref="SeverityFromRuleData"/>) each rule sets its own; this is then the most serious.
    /// </summary>
    public RuleSeverity DefaultSeverity { get; }

    /// <summary>Gets whether each rule of the rule data sets the severity (KPO1001–KPO1003).</summary>
    public bool SeverityFromRuleData { get; }

    /// <summary>Gets the page that explains it: <c>docs/diagnostics/&lt;ID&gt;.md</c> in the repository.</summary>
    public string HelpLink => DiagnosticCatalog.HelpLinkBase + Id + ".md";

    /// <summary>Returns <c>"KPO1003: title"</c>.</summary>
    public override string ToString() => $"{Id}: {Title}";
}
