
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>Reads one rule object of an overlay, in the shape of the rules of tools/data/rules.json.</summary>
internal static class RuleReader
{
    private static readonly string[] s_rule = ["key", "ruleId", "kind", "severity", "title", "message", "citation", "effectiveFrom", "effectiveTo", "scope", "exemptions", "notes"];
    private static readonly string[] s_scope = ["services", "routes", "deliveryOutsideClient"];
    private static readonly string[] s_route = ["client", "delivery"];
    private static readonly string[] s_outside = ["subdivisionLevelIn"];
    private static readonly string[] s_exemptions = ["deliveryIn", "safeguards"];
    private static readonly string[] s_dated = ["code", "from", "to", "except", "basis", "note"];
    private static readonly string[] s_safeguards = ["allOf", "delivery", "from", "to", "basis", "note"];
    private static readonly string[] s_severities = ["info", "warning", "error"];

    /// <summary>The rule, or null with every problem recorded.</summary>
    public static RuleDefinition? Read(JsonValue value, string what, List<RuleOverlayError> errors)
    {
        var f = OverlayFields.Of(value, what, s_rule, errors);
        if (f is null)
        {
            return null;
        }

        int before = errors.Count;
        string? key = f.String("key");
        string rulesWhat = key is null ? what : $"rule '{key}'";
        string? ruleId = f.String("ruleId");
        if (ruleId is not null && !DiagnosticCatalog.IsRuleId(ruleId))
        {
            f.Error(f.Find("ruleId")!, $"'{ruleId}' is not an ID that rules report; expected {DiagnosticCatalog.DescribeRuleIds()}.");
        }

        var kind = Enum(f, "kind", out RuleKind parsedKind) ? parsedKind : (RuleKind?)null;
        int severity = Array.IndexOf(s_severities, f.String("severity") ?? "error");
        if (severity < 0)
        {
            f.Error(f.Find("severity")!, $"'severity' in {rulesWhat} must be \"error\", \"warning\" or \"info\".");
        }

        string? title = f.String("title"), message = f.String("message"), citation = f.String("citation"), notes = f.String("notes", optional: true);
        var from = f.Date("effectiveFrom", out _);
        var to = f.Date("effectiveTo", out _);
        var scope = f.Find("scope") is { } scopeValue ? ReadScope(scopeValue, rulesWhat, errors) : Missing(f, "scope");
        var exemptions = f.Find("exemptions") is { Kind: not JsonKind.Null } exemptionsValue ? ReadExemptions(exemptionsValue, rulesWhat, errors) : RuleExemptions.None;
        if (errors.Count != before || key is null || ruleId is null || kind is null || title is null || message is null || citation is null || scope is null || exemptions is null)
        {
            return null;
        }

        try
        {
            return new RuleDefinition(key, ruleId, kind.Value, (RuleSeverity)(severity + 1), title, message, citation, from, to, scope, exemptions, notes);
        }
        catch (ArgumentException e)
        {
            errors.Add(new RuleOverlayError(value.Start, value.Length, RuleOverlayReader.WithoutParameter(e.Message)));
            return null;
        }
    }

    private static RuleScope? Missing(OverlayFields f, string name)
    {
        f.String(name);
        return null;
    }

    private static RuleScope? ReadScope(JsonValue value, string rule, List<RuleOverlayError> errors)
    {
        var f = OverlayFields.Of(value, $"the scope of {rule}", s_scope, errors);
        if (f is null)
        {
            return null;
        }

        var services = f.Strings("services");
        var routes = new List<RuleRoute>();
        foreach (var route in f.Array("routes") ?? [])
        {
            var r = OverlayFields.Of(route, $"a route of {rule}", s_route, errors);
            if (r?.Strings("client") is { } client && r.Strings("delivery") is { } delivery)
            {
                routes.Add(new RuleRoute(client, delivery));
            }
        }

        LicensingComparison? outside = null;
        if (f.Find("deliveryOutsideClient") is { Kind: not JsonKind.Null } outsideValue
            && OverlayFields.Of(outsideValue, $"'deliveryOutsideClient' of {rule}", s_outside, errors) is { } o
            && o.Strings("subdivisionLevelIn", nonEmpty: false) is { } levels)
        {
            outside = new LicensingComparison(levels);
        }

        if (routes.Count == 0 && f.Find("routes") is { Kind: JsonKind.Array } empty && empty.Items.Count == 0)
        {
            f.Error(empty, $"The routes of {rule} are empty; a rule needs at least one route.");
        }

        return services is null || routes.Count == 0 ? null : new RuleScope(services, routes, outside);
    }

    private static RuleExemptions? ReadExemptions(JsonValue value, string rule, List<RuleOverlayError> errors)
    {
        var f = OverlayFields.Of(value, $"the exemptions of {rule}", s_exemptions, errors);
        if (f is null)
        {
            return null;
        }

        int before = errors.Count;
        var deliveryIn = new List<DatedJurisdiction>();
        foreach (var entry in f.Array("deliveryIn", optional: true) ?? [])
        {
            var d = OverlayFields.Of(entry, $"an exempt delivery of {rule}", s_dated, errors);
            if (d is not null && d.String("code") is { } code)
            {
                var from = d.Date("from", out _);
                var to = d.Date("to", out _);
                deliveryIn.Add(new DatedJurisdiction(code, from, to, d.Strings("except", optional: true, nonEmpty: false), d.String("basis", optional: true), d.String("note", optional: true)));
            }
        }

        var safeguards = new List<SafeguardAlternative>();
        foreach (var entry in f.Array("safeguards", optional: true) ?? [])
        {
            var m = OverlayFields.Of(entry, $"a safeguard of {rule}", s_safeguards, errors);
            if (m?.Strings("allOf") is not { } names)
            {
                continue;
            }

            var allOf = new List<Safeguard>();
            foreach (string name in names)
            {
                if (System.Enum.TryParse(name, ignoreCase: false, out Safeguard safeguard) && System.Enum.IsDefined(typeof(Safeguard), safeguard) && !char.IsDigit(name[0]))
                {
                    allOf.Add(safeguard);
                }
                else
                {
                    m.Error(m.Find("allOf")!, $"'{name}' is not a transfer safeguard; expected one of {string.Join(", ", System.Enum.GetNames(typeof(Safeguard)))}.");
                }
            }

            var from = m.Date("from", out _);
            var to = m.Date("to", out _);
            if (allOf.Count == names.Count)
            {
                safeguards.Add(new SafeguardAlternative(allOf, m.Strings("delivery", optional: true), from, to, m.String("basis", optional: true), m.String("note", optional: true)));
            }
        }

        return errors.Count == before ? new RuleExemptions(deliveryIn, safeguards) : null;
    }

    private static bool Enum(OverlayFields f, string name, out RuleKind kind)
    {
        kind = default;
        string? text = f.String(name);
        if (text is null)
        {
            return false;
        }

        if (System.Enum.TryParse(text, ignoreCase: false, out kind) && System.Enum.IsDefined(typeof(RuleKind), kind) && !char.IsDigit(text[0]))
        {
            return true;
        }

        f.Error(f.Find(name)!, $"'{text}' is not a rule kind; expected one of {string.Join(", ", System.Enum.GetNames(typeof(RuleKind)))}.");
        return false;
    }
}
