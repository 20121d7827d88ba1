namespace KpoSdk.Knowledge.Holidays;

/// <summary>One country's holiday data, as compiled from tools/data/holidays/&lt;CC&gt;.json.</summary>
internal sealed class HolidayCountry
{
    private readonly Dictionary<string, HolidaySubdivision> _subdivisions;

    public HolidayCountry(
        string code,
        string name,
        bool unlistedFollowNational,
        IReadOnlyList<HolidaySource> sources,
        IReadOnlyList<HolidayDefinition> national,
        IReadOnlyList<HolidaySubdivision> subdivisions)
    {
        Code = code;
        Name = name;
        UnlistedSubdivisionsFollowNational = unlistedFollowNational;
        Sources = sources;
        National = new HolidaySet(code, name, this, national);
        Subdivisions = subdivisions;
        _subdivisions = subdivisions.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    /// <summary>The ISO 3166-1 alpha-2 code.</summary>
    public string Code { get; }

    public string Name { get; }

    /// <summary>
    /// Whether a subdivision the file does not list has only the national holidays (the law has no
    /// subdivision holidays, or none beyond those listed); otherwise such a subdivision is not covered.
    /// </summary>
    public bool UnlistedSubdivisionsFollowNational { get; }

    public IReadOnlyList<HolidaySource> Sources { get; }

    /// <summary>The national holidays (a country with no subdivision data is this everywhere).</summary>
    public HolidaySet National { get; }

    public IReadOnlyList<HolidaySubdivision> Subdivisions { get; }

    /// <summary>The holidays of a listed subdivision, or null when the file does not list it.</summary>
    public HolidaySet? Subdivision(string code)
    {
        if (!_subdivisions.TryGetValue(code, out var subdivision))
        {
            return null;
        }

        var replaced = new HashSet<string>(subdivision.Holidays.Select(h => h.Id), StringComparer.Ordinal);
        replaced.UnionWith(subdivision.Excluded);
        var definitions = National.Definitions.Where(d => !replaced.Contains(d.Id)).Concat(subdivision.Holidays).ToArray();
        return new HolidaySet(code, subdivision.Name, this, definitions);
    }
}
