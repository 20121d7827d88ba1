using System.Globalization;
using System.Text.Json;
using KpoSdk.DataTool.ServiceLines;

namespace KpoSdk.DataTool.Rules;

/// <summary>The contents of tools/data/rules.json, checked for shape, uniqueness and dates.</summary>
internal sealed record RuleData(
    string DataVersion,
    string CompiledOn,
    IReadOnlyList<string> About,
    IReadOnlyList<SafeguardRow> Safeguards,
    IReadOnlyList<GroupRow> Groups,
    IReadOnlyList<RuleRow> Rules,
    IReadOnlyList<NotModelledRow> NotModelled)
{
    public const string FileName = "rules.json";

    private static readonly string[] s_severities = ["error", "warning", "info"];
    private static readonly string[] s_kinds = ["Embargo", "ServicesBan", "LicensedProfessional", "DataTransfer", "DataLocalisation", "RequiredSafeguard"];

    public static RuleData Read(DataDirectory data)
    {
        using var document = JsonDocument.Parse(data.ReadAllText(FileName));
        var root = document.RootElement;
        var safeguards = root.GetProperty("safeguards").EnumerateArray()
            .Select(m => new SafeguardRow(m.GetProperty("name").GetString()!, m.GetProperty("value").GetInt32(), m.GetProperty("description").GetString()!))
            .ToArray();
        var groups = root.GetProperty("groups").EnumerateArray()
            .Select(g => new GroupRow(g.GetProperty("name").GetString()!, g.GetProperty("title").GetString()!, g.OptionalString("note"), g.GetProperty("members").EnumerateArray().Select(Dated).ToArray()))
            .ToArray();
        var rules = root.GetProperty("rules").EnumerateArray().Select(Rule).ToArray();
        var notModelled = root.GetProperty("notModelled").EnumerateArray()
            .Select(n => new NotModelledRow(n.GetProperty("subject").GetString()!, n.GetProperty("source").GetString()!, n.GetProperty("reason").GetString()!))
            .ToArray();

        Json.CheckUnique(FileName, safeguards.Select(m => m.Name), "safeguard name");
        Json.CheckUnique(FileName, safeguards.Select(m => m.Value.ToString(CultureInfo.InvariantCulture)), "safeguard value");
        Json.CheckUnique(FileName, groups.Select(g => g.Name), "group name");
        Json.CheckUnique(FileName, rules.Select(r => r.Key), "rule key");
        var safeguardNames = safeguards.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!s_severities.Contains(rule.Severity) || !s_kinds.Contains(rule.Kind))
            {
                throw new InvalidDataException($"{FileName}: rule '{rule.Key}' has severity '{rule.Severity}' and kind '{rule.Kind}'; expected one of {string.Join(", ", s_severities)} and one of {string.Join(", ", s_kinds)}.");
            }

            foreach (string name in rule.Safeguards.SelectMany(m => m.AllOf).Where(n => !safeguardNames.Contains(n)))
            {
                throw new InvalidDataException($"{FileName}: rule '{rule.Key}' names the unknown safeguard '{name}'.");
            }
        }

        return new RuleData(
            root.GetProperty("dataVersion").GetString()!,
            CheckDate(root.GetProperty("compiledOn").GetString(), "compiledOn")!,
            root.GetProperty("about").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            safeguards,
            groups,
            rules,
            notModelled);
    }

    private static RuleRow Rule(JsonElement r)
    {
        string key = r.GetProperty("key").GetString()!;
        var scope = r.GetProperty("scope");
        var routes = scope.GetProperty("routes").EnumerateArray().Select(route => new RouteRow(route.StringArray("client"), route.StringArray("delivery"))).ToArray();
        IReadOnlyList<string>? subdivisionLevelIn = scope.TryGetProperty("deliveryOutsideClient", out var outside) ? outside.StringArray("subdivisionLevelIn") : null;
        IReadOnlyList<DatedRow> deliveryIn = [];
        IReadOnlyList<SafeguardAlternativeRow> safeguards = [];
        if (r.TryGetProperty("exemptions", out var exemptions))
        {
            deliveryIn = exemptions.TryGetProperty("deliveryIn", out var d) ? d.EnumerateArray().Select(Dated).ToArray() : [];
            safeguards = exemptions.TryGetProperty("safeguards", out var m)
                ? m.EnumerateArray().Select(a => new SafeguardAlternativeRow(
                    a.StringArray("allOf"),
                    a.TryGetProperty("delivery", out _) ? a.StringArray("delivery") : null,
                    CheckDate(a.OptionalString("from"), key),
                    CheckDate(a.OptionalString("to"), key),
                    a.OptionalString("basis"),
                    a.OptionalString("note"))).ToArray()
                : [];
        }

        return new RuleRow(
            key,
            r.GetProperty("ruleId").GetString()!,
            r.GetProperty("kind").GetString()!,
            r.GetProperty("severity").GetString()!,
            r.GetProperty("title").GetString()!,
            r.GetProperty("message").GetString()!,
            r.GetProperty("citation").GetString()!,
            CheckDate(r.OptionalString("effectiveFrom"), key),
            CheckDate(r.OptionalString("effectiveTo"), key),
            scope.StringArray("services"),
            routes,
            subdivisionLevelIn,
            deliveryIn,
            safeguards,
            r.OptionalString("notes"));
    }

    private static DatedRow Dated(JsonElement e)
    {
        string code = e.GetProperty("code").GetString()!;
        return new DatedRow(code, CheckDate(e.OptionalString("from"), code), CheckDate(e.OptionalString("to"), code), e.StringArray("except"), e.OptionalString("basis"), e.OptionalString("note"));
    }

    private static string? CheckDate(string? text, string context) =>
        text is null || DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? text
            : throw new InvalidDataException($"{FileName}: '{text}' in '{context}' is not a yyyy-MM-dd date.");
}

internal sealed record SafeguardRow(string Name, int Value, string Description);

internal sealed record GroupRow(string Name, string Title, string? Note, IReadOnlyList<DatedRow> Members);

internal sealed record DatedRow(string Code, string? From, string? To, IReadOnlyList<string> Except, string? Basis, string? Note);

internal sealed record RouteRow(IReadOnlyList<string> Client, IReadOnlyList<string> Delivery);

internal sealed record SafeguardAlternativeRow(IReadOnlyList<string> AllOf, IReadOnlyList<string>? Delivery, string? From, string? To, string? Basis, string? Note);

internal sealed record NotModelledRow(string Subject, string Source, string Reason);

internal sealed record RuleRow(
    string Key,
    string RuleId,
    string Kind,
    string Severity,
    string Title,
    string Message,
    string Citation,
    string? EffectiveFrom,
    string? EffectiveTo,
    IReadOnlyList<string> Services,
    IReadOnlyList<RouteRow> Routes,
    IReadOnlyList<string>? SubdivisionLevelIn,
    IReadOnlyList<DatedRow> DeliveryIn,
    IReadOnlyList<SafeguardAlternativeRow> Safeguards,
    string? Notes);
