using KpoSdk.DataTool.Tables;

namespace KpoSdk.DataTool.Rules;

/// <summary>Generates the default rule set (groups and rule definitions) of KpoSdk.Knowledge from tools/data/rules.json.</summary>
public sealed class DefaultRulesGenerator : TableGenerator
{
    public override string OutputPath => "src/KpoSdk.Knowledge/Generated/DefaultRules.g.cs";

    public override string Generate(DataDirectory data)
    {
        var rules = RuleData.Read(data);
        var file = new CSharpWriter(nameof(DefaultRulesGenerator), "tools/data/" + RuleData.FileName)
            .Line("#nullable enable")
            .Line()
            .Line("namespace KpoSdk.Knowledge.Rules;")
            .Line()
            .Line("/// <summary>The default rule set as data; <see cref=\"RuleSet.Default\"/> resolves it once.</summary>")
            .Line("internal static class DefaultRules")
            .Line("{")
            .Line($"    public const string DataVersion = {CSharpWriter.Literal(rules.DataVersion)};")
            .Line()
            .Line($"    public static CalendarDate CompiledOn => {Date(rules.CompiledOn)};")
            .Line()
            .Line("    public static JurisdictionGroup[] CreateGroups() =>")
            .Line("    [");
        foreach (var group in rules.Groups)
        {
            file.Line($"        new({CSharpWriter.Literal(group.Name)}, {CSharpWriter.Literal(group.Title)}, {CSharpWriter.Literal(group.Note)},")
                .Line("        [");
            foreach (var member in group.Members)
            {
                file.Line($"            {Dated(member)},");
            }

            file.Line("        ]),");
        }

        file.Line("    ];")
            .Line()
            .Line("    public static RuleDefinition[] CreateRules() =>")
            .Line("    [");
        foreach (var rule in rules.Rules)
        {
            file.Line("        new(")
                .Line($"            {CSharpWriter.Literal(rule.Key)},")
                .Line($"            {CSharpWriter.Literal(rule.RuleId)},")
                .Line($"            RuleKind.{rule.Kind},")
                .Line($"            RuleSeverity.{char.ToUpperInvariant(rule.Severity[0])}{rule.Severity.Substring(1)},")
                .Line($"            {CSharpWriter.Literal(rule.Title)},")
                .Line($"            {CSharpWriter.Literal(rule.Message)},")
                .Line($"            {CSharpWriter.Literal(rule.Citation)},")
                .Line($"            {Date(rule.EffectiveFrom)},")
                .Line($"            {Date(rule.EffectiveTo)},")
                .Line("            new RuleScope(")
                .Line($"                {CSharpWriter.Literals(rule.Services)},")
                .Line("                [" + string.Join(", ", rule.Routes.Select(r => $"new RuleRoute({CSharpWriter.Literals(r.Client)}, {CSharpWriter.Literals(r.Delivery)})")) + "],")
                .Line($"                {(rule.SubdivisionLevelIn is null ? "null" : $"new LicensingComparison({CSharpWriter.Literals(rule.SubdivisionLevelIn)})")}),");
            if (rule.DeliveryIn.Count == 0 && rule.Safeguards.Count == 0)
            {
                file.Line("            RuleExemptions.None,");
            }
            else
            {
                file.Line("            new RuleExemptions(")
                    .Line("                [");
                foreach (var exempt in rule.DeliveryIn)
                {
                    file.Line($"                    {Dated(exempt)},");
                }

                file.Line("                ],")
                    .Line("                [");
                foreach (var m in rule.Safeguards)
                {
                    string allOf = "[" + string.Join(", ", m.AllOf.Select(a => "Safeguard." + a)) + "]";
                    string delivery = m.Delivery is null ? "null" : CSharpWriter.Literals(m.Delivery);
                    file.Line($"                    new SafeguardAlternative({allOf}, {delivery}, {Date(m.From)}, {Date(m.To)}, {CSharpWriter.Literal(m.Basis)}, {CSharpWriter.Literal(m.Note)}),");
                }

                file.Line("                ]),");
            }

            file.Line($"            {CSharpWriter.Literal(rule.Notes)}),");
        }

        return file.Line("    ];").Line("}").ToString();
    }

    private static string Dated(DatedRow row) =>
        $"new DatedJurisdiction({CSharpWriter.Literal(row.Code)}, {Date(row.From)}, {Date(row.To)}, {(row.Except.Count == 0 ? "null" : CSharpWriter.Literals(row.Except))}, {CSharpWriter.Literal(row.Basis)}, {CSharpWriter.Literal(row.Note)})";

    private static string Date(string? text) =>
        text is null ? "null" : $"new CalendarDate({int.Parse(text.AsSpan(0, 4), provider: System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(text.AsSpan(5, 2), provider: System.Globalization.CultureInfo.InvariantCulture)}, {int.Parse(text.AsSpan(8, 2), provider: System.Globalization.CultureInfo.InvariantCulture)})";
}
