using NodaTime;
using Engine = KpoSdk.Knowledge.Rules.RuleSet;
using Definition = KpoSdk.Knowledge.Rules.RuleDefinition;
using SafeguardSet = KpoSdk.Knowledge.Rules.SafeguardSet;

namespace KpoSdk.Rules;

/// <summary>
/// An immutable set of country/service rules, and the evaluation of a service delivered to a
/// client in one jurisdiction from another on a date. The same rules, with the same IDs, drive the
/// analyzers at compile time. Overlays (<see cref="With"/>, <see cref="Replace"/>,
/// <see cref="Without"/>, <see cref="WithoutRuleId"/>) return new sets and leave this one as it is.
/// </summary>
public sealed partial class RuleSet
{
    private static readonly Lazy<RuleSet> s_default = new(() => new RuleSet(Engine.Default));

    private readonly Engine _engine;
    private readonly Dictionary<Definition, Rule> _rules;

    private RuleSet(Engine engine, IEnumerable<Rule>? known = null)
    {
        _engine = engine;
        // Keep the public Rule objects of the rules a set shares with the one it came from.
        var byDefinition = new Dictionary<Definition, Rule>(ReferenceEqualityComparer.Instance);
        foreach (var rule in known ?? [])
        {
            byDefinition.TryAdd(rule.Definition, rule);
        }

        _rules = new Dictionary<Definition, Rule>(ReferenceEqualityComparer.Instance);
        foreach (var definition in engine.Rules)
        {
            _rules[definition] = byDefinition.TryGetValue(definition, out var rule) ? rule : new Rule(definition);
        }

        Rules = engine.Rules.Select(d => _rules[d]).ToArray();
    }

    /// <summary>Gets the knowledge base's rule engine this set wraps, for the document checks that run on it directly.</summary>
    internal Engine Engine => _engine;

    /// <summary>Gets the default rules of this SDK version: embargoes, Russia services bans, signing acts and data-transfer regimes (docs/rules.md lists them).</summary>
    public static RuleSet Default => s_default.Value;

    /// <summary>Gets the version of the rule data the set started from, e.g. <c>"2026.11.28"</c>.</summary>
    public string DataVersion => _engine.DataVersion;

    /// <summary>Gets the rules, in evaluation order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Finds the rule with <paramref name="key"/>.</summary>
    /// <param name="key">A rule key, e.g. <c>"us-ofac-iran"</c>.</param>
    /// <param name="rule">The rule, or null when there is none.</param>
    /// <returns>True when the set has the rule.</returns>
    public bool TryGetRule(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Rule? rule)
    {
        rule = Rules.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.Ordinal));
        return rule is not null;
    }

    /// <summary>Returns a set with <paramref name="rule"/> added after the others.</summary>
    /// <param name="rule">A rule whose key the set does not have.</param>
    /// <exception cref="ArgumentException">The key is taken (use <see cref="Replace"/>), or a selector, group, service or placeholder of the rule is unknown; the message names the rule and suggests the close valid value.</exception>
    public RuleSet With(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleSet(_engine.With(rule.Definition), [.. Rules, rule]);
    }

    /// <summary>Returns a set where <paramref name="rule"/> takes the place of the rule with the same key.</summary>
    /// <param name="rule">The new version of a rule of this set.</param>
    /// <exception cref="ArgumentException">The set has no rule with that key (the message suggests a close one), or the rule is invalid.</exception>
    public RuleSet Replace(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleSet(_engine.Replace(rule.Definition), [.. Rules, rule]);
    }

    /// <summary>Returns a set without the rule <paramref name="key"/>.</summary>
    /// <param name="key">The key of a rule of this set, e.g. <c>"signing-tax-representation"</c>.</param>
    /// <exception cref="ArgumentException">The set has no such rule; a mistyped key is not silently ignored.</exception>
    public RuleSet Without(string key) => new(_engine.Without(key), Rules);

    /// <summary>Returns a set without every rule reported as <paramref name="ruleId"/>; this set when there is none.</summary>
    /// <param name="ruleId">A diagnostic ID, e.g. <see cref="DiagnosticIds.LicensedProfessionalRequired"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not of the form <c>KPO</c> and four digits.</exception>
    public RuleSet WithoutRuleId(string ruleId)
    {
        var engine = _engine.WithoutRuleId(ruleId);
        return ReferenceEquals(engine, _engine) ? this : new RuleSet(engine, Rules);
    }

    /// <summary>
    /// Evaluates a service delivered to a client in <paramref name="client"/> from
    /// <paramref name="delivery"/> on <paramref name="date"/>, with no data-transfer safeguard in place.
    /// </summary>
    /// <param name="service">The service line.</param>
    /// <param name="client">Where the client is; name the subdivision where licensing or sanctions depend on it (<c>US-NY</c>, <c>UA-43</c>).</param>
    /// <param name="delivery">Where the service is delivered from.</param>
    /// <param name="date">The date the service is delivered (ISO calendar).</param>
    /// <returns>Every rule broken, in rule order; empty when none is.</returns>
    /// <exception cref="ArgumentException"><paramref name="client"/> or <paramref name="delivery"/> is <c>default(Jurisdiction)</c>, or <paramref name="date"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> is not a defined service line.</exception>
    public IReadOnlyList<RuleViolation> Evaluate(ServiceLine service, Jurisdiction client, Jurisdiction delivery, LocalDate date) =>
        Evaluate(service, client, delivery, date, SafeguardSet.None);

    /// <summary>Evaluates as <see cref="Evaluate(ServiceLine, Jurisdiction, Jurisdiction, LocalDate)"/>, with data-transfer safeguards in place.</summary>
    /// <param name="service">The service line.</param>
    /// <param name="client">Where the client is.</param>
    /// <param name="delivery">Where the service is delivered from.</param>
    /// <param name="date">The date the service is delivered (ISO calendar).</param>
    /// <param name="safeguards">The safeguards in place for the engagement, e.g. standard contractual clauses.</param>
    /// <returns>Every rule broken, in rule order; empty when none is.</returns>
    /// <exception cref="ArgumentException">A jurisdiction is <c>default(Jurisdiction)</c>, or <paramref name="date"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="service"/> or a safeguard is not defined.</exception>
    public IReadOnlyList<RuleViolation> Evaluate(ServiceLine service, Jurisdiction client, Jurisdiction delivery, LocalDate date, params IEnumerable<Safeguard> safeguards) =>
        Evaluate(service, client, delivery, date, SafeguardSet.Of(safeguards ?? throw new ArgumentNullException(nameof(safeguards))));

    /// <inheritdoc/>
    public override string ToString() => $"{Rules.Count} rules (data {DataVersion})";

    private IReadOnlyList<RuleViolation> Evaluate(ServiceLine service, Jurisdiction client, Jurisdiction delivery, LocalDate date, SafeguardSet safeguards)
    {
        if (client.IsDefault || delivery.IsDefault)
        {
            throw new ArgumentException($"default(Jurisdiction) names no place; the {(client.IsDefault ? "client" : "delivery")} jurisdiction is needed to evaluate the rules.", client.IsDefault ? nameof(client) : nameof(delivery));
        }

        var violations = _engine.Evaluate(service, client.Id, delivery.Id, Dates.ToCalendarDate(date, nameof(date)), safeguards);
        if (violations.Count == 0)
        {
            return [];
        }

        var result = new RuleViolation[violations.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new RuleViolation(_rules[violations[i].Rule], violations[i].Message, violations[i].LiftedBy);
        }

        return result;
    }
}
