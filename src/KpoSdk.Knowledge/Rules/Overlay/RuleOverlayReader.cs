using KpoSdk.Knowledge.Json;

namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>
/// Reads a rule overlay file (<c>kpo.rules.json</c>, format in docs/rules-overlay.md) and applies
/// it to a rule set: <c>removeRuleIds</c>, then <c>remove</c>, then <c>replace</c>, then
/// <c>add</c>, each in file order. Rules are written as in the default rule data. Every problem is
/// reported with its position; an entry with a problem is skipped and the others are applied, so
/// one typo does not silently undo the rest. Never throws on bad input.
/// </summary>
internal static class RuleOverlayReader
{
    public const string FileName = "kpo.rules.json";

    private static readonly string[] s_topLevel = ["$schema", "remove", "removeRuleIds", "replace", "add"];

    public static RuleOverlayResult Apply(RuleSet baseSet, string text)
    {
        var errors = new List<RuleOverlayError>();
        var json = JsonReader.Read(text ?? throw new ArgumentNullException(nameof(text)));
        if (!json.Succeeded)
        {
            var e = json.Error!;
            string hint = e.Hint is null ? "" : " " + e.Hint;
            errors.Add(new RuleOverlayError(e.Position, e.Length, $"{FileName} is not valid JSON: expected {e.Expected}, found {e.Found}.{hint} The overlay is ignored."));
            return new RuleOverlayResult(baseSet, errors);
        }

        var fields = OverlayFields.Of(json.Value, FileName, s_topLevel, errors, lenient: true);
        if (fields is null)
        {
            return new RuleOverlayResult(baseSet, errors);
        }

        var rules = baseSet;
        foreach (var item in Items(fields, "removeRuleIds"))
        {
            if (ExpectString(item, "removeRuleIds", errors) is { } ruleId)
            {
                rules = Try(item, errors, rules, r => r.WithoutRuleId(ruleId));
            }
        }

        foreach (var item in Items(fields, "remove"))
        {
            if (ExpectString(item, "remove", errors) is { } key)
            {
                rules = Try(item, errors, rules, r => r.Without(key));
            }
        }

        foreach (var item in Items(fields, "replace"))
        {
            if (RuleReader.Read(item, "a rule in 'replace'", errors) is { } rule)
            {
                rules = Try(item, errors, rules, r => r.Replace(rule));
            }
        }

        foreach (var item in Items(fields, "add"))
        {
            if (RuleReader.Read(item, "a rule in 'add'", errors) is { } rule)
            {
                rules = Try(item, errors, rules, r => r.With(rule));
            }
        }

        return new RuleOverlayResult(rules, errors.Select(e => e.WithPath(JsonPaths.At(json.Value, e.Start))).ToList());
    }

    private static IReadOnlyList<JsonValue> Items(OverlayFields fields, string name) => fields.Array(name, optional: true) ?? [];

    private static string? ExpectString(JsonValue item, string name, List<RuleOverlayError> errors)
    {
        if (item.Kind == JsonKind.String)
        {
            return item.Text;
        }

        errors.Add(new RuleOverlayError(item.Start, item.Length, $"Expected a string in '{name}', found {item.Describe()}."));
        return null;
    }

    /// <summary>Applies one entry; the rule set's own checks (unknown key, selector, group, placeholder) become errors at the entry.</summary>
    private static RuleSet Try(JsonValue at, List<RuleOverlayError> errors, RuleSet rules, Func<RuleSet, RuleSet> change)
    {
        try
        {
            return change(rules);
        }
        catch (ArgumentException e)
        {
            errors.Add(new RuleOverlayError(at.Start, at.Length, WithoutParameter(e.Message)));
            return rules;
        }
    }

    /// <summary>The message of an <see cref="ArgumentException"/> without the " (Parameter 'x')" the runtime appends.</summary>
    public static string WithoutParameter(string message)
    {
        int end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return end > 0 ? message.Substring(0, end) : message;
    }
}
