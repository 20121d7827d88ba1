using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Rules;

/// <summary>
/// Generates <c>KpoSdk.Safeguard</c> from the safeguards of tools/data/rules.json; each member's
/// documentation says what it is and which default rules it can lift (alone or with others).
/// </summary>
public sealed class SafeguardEnumGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/Safeguard.g.cs";

    public override string Generate(DataDirectory data)
    {
        var rules = RuleData.Read(data);
        return EnumFile.Write(
            nameof(SafeguardEnumGenerator),
            "tools/data/" + RuleData.FileName,
            "Safeguard",
            "Something in place for an engagement that lifts or satisfies a rule: a transfer mechanism for personal data (standard contractual clauses, the UK IDTA, binding corporate rules, the Data Privacy Framework, the PIPL routes …) or a consent or agreement a profession requires (a § 7216 consent, a business associate agreement, a client's informed consent, a processor contract). Contracts declare them with [Safeguards(...)], agreements in 'safeguards'. The rules say which combinations lift them; a sanction or services ban is never lifted.",
            rules.Safeguards.Select(s => (s.Name, s.Value, s.Description + Lifts(rules, s.Name))));
    }

    private static string Lifts(RuleData rules, string safeguard)
    {
        var keys = rules.Rules.Where(r => r.Safeguards.Any(a => a.AllOf.Contains(safeguard))).Select(r => r.Key).ToList();
        return keys.Count == 0 ? " No default rule names it; overlays may." : $" Lifts (alone or with the others a rule names): {string.Join(", ", keys)}.";
    }
}
