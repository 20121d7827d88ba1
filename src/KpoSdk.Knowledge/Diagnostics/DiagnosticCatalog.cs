namespace KpoSdk;

/// <summary>
/// The one diagnostic catalogue: titles, categories, default severities, which IDs a data rule may
/// report, and help links. The analyzers' descriptors, the run-time severities of validation, the
/// rule-ID checks of <c>Rule</c> and of the <c>kpo.rules.json</c> reader, and (through the DataTool)
/// the README table, the docs index and the release-tracking file all come from it.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>The repository's <c>docs/diagnostics/</c> folder on its main branch: every ID's page is there.</summary>
    public const string DocsBase = "https://github.com/kposdk/KpoSdk/blob/main/docs/diagnostics/";

    /// <summary>Gets every ID, in ascending order.</summary>
    public static IReadOnlyList<DiagnosticInfo> All => Knowledge.Diagnostics.DiagnosticTable.Rows;

    /// <summary>The entry of <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The ID is not in the catalogue.</exception>
    public static DiagnosticInfo Get(string id) =>
        Find(id) ?? throw new ArgumentException($"'{id}' is not a KpoSdk diagnostic ID.", nameof(id));

    /// <summary>The entry of <paramref name="id"/>, or null.</summary>
    public static DiagnosticInfo? Find(string id)
    {
        foreach (var info in Knowledge.Diagnostics.DiagnosticTable.Rows)
        {
            if (info.Id == id)
            {
                return info;
            }
        }

        return null;
    }

    /// <summary>The default severity of <paramref name="id"/> at run time.</summary>
    public static RuleSeverity DefaultSeverity(string id) => Get(id).DefaultSeverity;

    /// <summary>Whether a data rule may report <paramref name="id"/>.</summary>
    public static bool IsRuleId(string id) => Find(id) is { SeverityFromRules: true };

    /// <summary>The IDs a rule may report, for messages: "KPO1001 (Service to or from a sanctioned jurisdiction), …".</summary>
    public static string DescribeRuleIds() =>
        string.Join(", ", Knowledge.Diagnostics.DiagnosticTable.Rows.Where(r => r.SeverityFromRules).Select(r => $"{r.Id} ({r.Title})"));
}
