using KpoSdk.DataTool.Diagnostics;

namespace KpoSdk.DataTool.Rules;

/// <summary>
/// The "safeguards per rule" table of a diagnostic page: for every default rule of the ID, the
/// safeguards (alone or together) that lift it, with their dates and deliveries, from
/// tools/data/rules.json. Subclasses name the page.
/// </summary>
public abstract class SafeguardTableGenerator : TableGenerator
{
    protected abstract string RuleId { get; }

    public override string OutputPath => $"docs/diagnostics/{RuleId}.md";

    public override string Generate(DataDirectory data)
    {
        var lines = new List<string> { "| Rule | Lifted by (any one line; `+` means together) |", "| --- | --- |" };
        foreach (var rule in RuleData.Read(data).Rules.Where(r => r.RuleId == RuleId))
        {
            string ways = rule.Safeguards.Count == 0
                ? "no safeguard: the rule is only satisfied by delivery where it allows it"
                : string.Join("<br>", rule.Safeguards.Select(m =>
                    string.Join(" + ", m.AllOf.Select(a => $"`{a}`"))
                    + (m.Delivery is null ? "" : $" (deliveries in {string.Join(", ", m.Delivery)})")
                    + (m.From is null && m.To is null ? "" : $" ({m.From ?? "always"} to {m.To ?? "now"})")));
            lines.Add($"| [`{rule.Key}`](../rules.md#{rule.Key}) | {ways} |");
        }

        if (lines.Count == 2)
        {
            lines.Add("| (none in the default data yet) | |");
        }

        string path = Path.Combine(data.RepositoryRoot, OutputPath);
        return MarkdownSection.Replace(File.ReadAllText(path), "safeguards per rule", lines, OutputPath, RuleData.FileName);
    }
}

/// <summary>The table of docs/diagnostics/KPO1003.md.</summary>
public sealed class TransferSafeguardTableGenerator : SafeguardTableGenerator
{
    protected override string RuleId => "KPO1003";
}

/// <summary>The table of docs/diagnostics/KPO1005.md.</summary>
public sealed class RequiredSafeguardTableGenerator : SafeguardTableGenerator
{
    protected override string RuleId => "KPO1005";
}
