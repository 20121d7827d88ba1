namespace KpoSdk.Knowledge.Rules;

internal sealed partial class RuleSet
{
    /// <summary>A new set with <paramref name="rule"/> added at the end; throws when its key is taken (use <see cref="Replace"/>).</summary>
    public RuleSet With(RuleDefinition rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (IndexOf(rule.Key) >= 0)
        {
            throw new ArgumentException($"The rule set already has a rule '{rule.Key}'; use Replace to change it.", nameof(rule));
        }

        return new RuleSet(DataVersion, _groups, [.. _rules, new CompiledRule(rule, _groups)]);
    }

    /// <summary>A new set where <paramref name="rule"/> takes the place of the rule with the same key; throws when there is none.</summary>
    public RuleSet Replace(RuleDefinition rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        int index = RequireIndex(rule.Key, nameof(rule));
        var rules = (CompiledRule[])_rules.Clone();
        rules[index] = new CompiledRule(rule, _groups);
        return new RuleSet(DataVersion, _groups, rules);
    }

    /// <summary>A new set without the rule <paramref name="key"/>; throws when there is none, so a mistyped key is not silently ignored.</summary>
    public RuleSet Without(string key)
    {
        int index = RequireIndex(key ?? throw new ArgumentNullException(nameof(key)), nameof(key));
        return new RuleSet(DataVersion, _groups, _rules.Where((_, i) => i != index).ToArray());
    }

    /// <summary>A new set without every rule reported as <paramref name="ruleId"/> (e.g. "KPO1002"); the same set when none is.</summary>
    public RuleSet WithoutRuleId(string ruleId)
    {
        RuleText.CheckRuleId(ruleId);
        var kept = _rules.Where(r => !string.Equals(r.Definition.RuleId, ruleId, StringComparison.Ordinal)).ToArray();
        return kept.Length == _rules.Length ? this : new RuleSet(DataVersion, _groups, kept);
    }

    private int IndexOf(string key)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            if (string.Equals(_rules[i].Definition.Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private int RequireIndex(string key, string parameter)
    {
        int index = IndexOf(key);
        if (index >= 0)
        {
            return index;
        }

        string? close = _rules.Select(r => r.Definition.Key)
            .OrderBy(k => Distance(k, key))
            .FirstOrDefault(k => Distance(k, key) <= Math.Max(2, key.Length / 4));
        string hint = close is null ? "" : $" Did you mean '{close}'?";
        throw new ArgumentException($"The rule set has no rule '{key}'.{hint}", parameter);
    }

    private static int Distance(string a, string b) => Codes.EditDistance.Between(a, b);
}
