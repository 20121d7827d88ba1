using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Rules;

/// <summary>Resolves jurisdiction selectors ("US", "UA-43", "@EU", "*") against the code tables and a rule set's groups.</summary>
internal sealed class GroupResolver
{
    private readonly Dictionary<string, JurisdictionGroup> _groups;
    private readonly Dictionary<string, ResolvedEntry[]> _flattened = new(StringComparer.Ordinal);

    public GroupResolver(IEnumerable<JurisdictionGroup> groups)
    {
        _groups = new Dictionary<string, JurisdictionGroup>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (_groups.ContainsKey(group.Name))
            {
                throw new ArgumentException($"The group '{group.Name}' is defined twice.", nameof(groups));
            }

            _groups.Add(group.Name, group);
        }

        foreach (var name in _groups.Keys)
        {
            Flatten(name, new Stack<string>());
        }
    }

    public IReadOnlyCollection<JurisdictionGroup> Groups => _groups.Values;

    /// <summary>Compiles selectors; <paramref name="context"/> names the rule in error messages.</summary>
    public JurisdictionSet Compile(IEnumerable<string> selectors, string context)
    {
        var entries = new List<ResolvedEntry>();
        bool any = false;
        foreach (string selector in selectors)
        {
            if (selector == "*")
            {
                any = true;
            }
            else
            {
                entries.AddRange(Resolve(new DatedJurisdiction(selector), context));
            }
        }

        return JurisdictionSet.From(entries, any);
    }

    /// <summary>Compiles dated selectors (adequacy entries); "*" is not allowed there.</summary>
    public JurisdictionSet Compile(IEnumerable<DatedJurisdiction> selectors, string context) =>
        JurisdictionSet.From(selectors.SelectMany(s => Resolve(s, context)), any: false);

    private IEnumerable<ResolvedEntry> Resolve(DatedJurisdiction selector, string context)
    {
        if (selector.Code.Length > 0 && selector.Code[0] == '@')
        {
            if (selector.Except.Count > 0)
            {
                throw new ArgumentException($"{context}: the group '{selector.Code}' cannot take exceptions; define a group with them.");
            }

            return Flatten(selector.Code, new Stack<string>(), context)
                .Select(e => e.Within(selector.From, selector.To))
                .Where(e => e is not null)
                .Select(e => e!.Value)
                .ToArray();
        }

        return [Single(selector, context)];
    }

    private ResolvedEntry[] Flatten(string name, Stack<string> path, string? context = null)
    {
        if (_flattened.TryGetValue(name, out var done))
        {
            return done;
        }

        if (!_groups.TryGetValue(name, out var group))
        {
            string known = string.Join(", ", _groups.Keys.OrderBy(k => k, StringComparer.Ordinal));
            throw new ArgumentException($"{context ?? (path.Count > 0 ? "Group " + path.Peek() : "Groups")}: unknown group '{name}'. Known groups: {known}.");
        }

        if (path.Contains(name))
        {
            throw new ArgumentException($"The group '{name}' contains itself: {string.Join(" > ", path.Reverse())} > {name}.");
        }

        path.Push(name);
        var entries = new List<ResolvedEntry>();
        foreach (var member in group.Members)
        {
            if (member.Code.Length > 0 && member.Code[0] == '@')
            {
                entries.AddRange(Flatten(member.Code, path)
                    .Select(e => e.Within(member.From, member.To))
                    .Where(e => e is not null)
                    .Select(e => e!.Value));
            }
            else
            {
                entries.Add(Single(member, "Group " + name));
            }
        }

        path.Pop();
        var result = entries.ToArray();
        _flattened[name] = result;
        return result;
    }

    private static ResolvedEntry Single(DatedJurisdiction selector, string context)
    {
        if (!Jurisdictions.TryParse(selector.Code, out var id))
        {
            throw new ArgumentException($"{context}: {Jurisdictions.DescribeUnknown(selector.Code)}");
        }

        var except = new int[selector.Except.Count];
        for (int i = 0; i < except.Length; i++)
        {
            string code = selector.Except[i];
            if (!Jurisdictions.TryParse(code, out var excluded) || !excluded.HasSubdivision || excluded.Country != id.Country || id.HasSubdivision)
            {
                throw new ArgumentException($"{context}: '{code}' cannot be excepted from '{selector.Code}'; exceptions are subdivisions of a whole country, e.g. 'CN-HK' from 'CN'.");
            }

            except[i] = excluded.Subdivision;
        }

        if (selector.From is { } from && selector.To is { } to && to < from)
        {
            throw new ArgumentException($"{context}: '{selector.Code}' ends ({to}) before it starts ({from}).");
        }

        return new ResolvedEntry(id.Country, id.Subdivision, except, selector.From, selector.To);
    }
}
