using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Services;

namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// An immutable set of rules with the groups they refer to, compiled for evaluation. Overlays
/// (<see cref="With"/>, <see cref="Replace"/>, <see cref="Without"/>, <see cref="WithoutRuleId"/>)
/// return new sets and share the compiled form of the rules they keep.
/// </summary>
internal sealed partial class RuleSet
{
    private static readonly Lazy<RuleSet> s_default = new(() => Create(DefaultRules.DataVersion, DefaultRules.CreateGroups(), DefaultRules.CreateRules()));

    private readonly GroupResolver _groups;
    private readonly CompiledRule[] _rules;

    private RuleSet(string dataVersion, GroupResolver groups, CompiledRule[] rules)
    {
        DataVersion = dataVersion;
        _groups = groups;
        _rules = rules;
    }

    /// <summary>The default rules shipped with this version of the knowledge base.</summary>
    public static RuleSet Default => s_default.Value;

    /// <summary>The version of the rule data, e.g. "2026.11.28"; overlays keep the version they started from.</summary>
    public string DataVersion { get; }

    public IReadOnlyList<RuleDefinition> Rules => _rules.Select(r => r.Definition).ToArray();

    public IReadOnlyCollection<JurisdictionGroup> Groups => _groups.Groups;

    public int Count => _rules.Length;

    /// <summary>Builds a rule set; throws <see cref="ArgumentException"/> naming the rule when a selector, group, service or placeholder is unknown or a key repeats.</summary>
    public static RuleSet Create(string dataVersion, IEnumerable<JurisdictionGroup> groups, IEnumerable<RuleDefinition> rules)
    {
        if (string.IsNullOrWhiteSpace(dataVersion))
        {
            throw new ArgumentException("A rule set needs a data version.", nameof(dataVersion));
        }

        var resolver = new GroupResolver(groups ?? throw new ArgumentNullException(nameof(groups)));
        var compiled = new List<CompiledRule>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules ?? throw new ArgumentNullException(nameof(rules)))
        {
            if (!keys.Add(rule.Key))
            {
                throw new ArgumentException($"The rule key '{rule.Key}' is used twice; keys are unique.", nameof(rules));
            }

            compiled.Add(new CompiledRule(rule, resolver));
        }

        return new RuleSet(dataVersion, resolver, compiled.ToArray());
    }

    public bool TryGetRule(string key, out RuleDefinition rule)
    {
        foreach (var compiled in _rules)
        {
            if (string.Equals(compiled.Definition.Key, key, StringComparison.Ordinal))
            {
                rule = compiled.Definition;
                return true;
            }
        }

        rule = null!;
        return false;
    }

    /// <summary>
    /// Every rule the case breaks, in rule-set order; an empty list when it breaks none. Allocates
    /// nothing when there is no violation.
    /// </summary>
    public IReadOnlyList<RuleViolation> Evaluate(ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards = default)
    {
        if (!ServiceLines.IsDefined(service))
        {
            throw new ArgumentOutOfRangeException(nameof(service), service, $"{(int)service} is not a ServiceLine value.");
        }

        CheckJurisdiction(client, nameof(client));
        CheckJurisdiction(delivery, nameof(delivery));
        List<RuleViolation>? violations = null;
        foreach (var rule in _rules)
        {
            if (rule.Evaluate(service, client, delivery, date, safeguards) is { } violation)
            {
                (violations ??= new List<RuleViolation>()).Add(violation);
            }
        }

        return violations is null ? Array.Empty<RuleViolation>() : violations;
    }

    /// <summary>
    /// Parses the jurisdictions ("US-NY", "IN") and evaluates. An unknown jurisdiction is an error,
    /// never a silent "allowed": throws <see cref="ArgumentException"/> with the reason and the
    /// closest valid code.
    /// </summary>
    public IReadOnlyList<RuleViolation> Evaluate(ServiceLine service, string client, string delivery, CalendarDate date, SafeguardSet safeguards = default) =>
        Evaluate(service, Parse(client, nameof(client)), Parse(delivery, nameof(delivery)), date, safeguards);

    private static JurisdictionId Parse(string text, string parameter)
    {
        if (text is null)
        {
            throw new ArgumentNullException(parameter, $"The {parameter} jurisdiction is null. {Jurisdictions.Expected}");
        }

        return Jurisdictions.TryParse(text, out var id)
            ? id
            : throw new ArgumentException($"Unknown {parameter} jurisdiction: {Jurisdictions.DescribeUnknown(text)}", parameter);
    }

    private static void CheckJurisdiction(JurisdictionId id, string parameter)
    {
        bool valid = (uint)id.Country < (uint)Countries.Count
            && (!id.HasSubdivision || ((uint)id.Subdivision < (uint)Subdivisions.Count && Subdivisions.CountryOf(id.Subdivision) == id.Country));
        if (!valid)
        {
            throw new ArgumentException($"The {parameter} jurisdiction (country row {id.Country}, subdivision row {id.Subdivision}) is not in the code tables.", parameter);
        }
    }
}
