namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// The holidays in force in one jurisdiction: for a subdivision, the national ones it does not
/// exclude or replace, and its own. Computes years on demand; immutable and thread-safe.
/// </summary>
internal sealed class HolidaySet
{
    public HolidaySet(string code, string name, HolidayCountry country, IReadOnlyList<HolidayDefinition> definitions)
    {
        Code = code;
        Name = name;
        Country = country;
        Definitions = definitions;
        _knownFrom = [Known(false, from: true), Known(true, from: true)];
        _knownThrough = [Known(false, from: false), Known(true, from: false)];
    }

    // Index 0: public holidays only; 1: optional ones too. Computed once: calendars ask often.
    private readonly int[] _knownFrom;
    private readonly int[] _knownThrough;

    /// <summary>The code of the jurisdiction whose data this is, e.g. "GB-ENG" or "IN".</summary>
    public string Code { get; }

    public string Name { get; }

    public HolidayCountry Country { get; }

    public IReadOnlyList<HolidayDefinition> Definitions { get; }

    /// <summary>
    /// The first year from which every holiday's dates are known up to <see cref="KnownThrough"/>:
    /// the latest <c>knownFrom</c> of a tabulated holiday that applies before it.
    /// </summary>
    public int KnownFrom(bool includeOptional) => _knownFrom[includeOptional ? 1 : 0];

    /// <summary>The last year up to which every holiday's dates are known: the earliest end of a table of a holiday still in force after it.</summary>
    public int KnownThrough(bool includeOptional) => _knownThrough[includeOptional ? 1 : 0];

    private int Known(bool includeOptional, bool from) => from
        ? Tabulated(includeOptional)
            .Where(d => d.Rule.Table.KnownFrom is { } from && (d.From is not { } first || first < from))
            .Select(d => d.Rule.Table.KnownFrom!.Value)
            .DefaultIfEmpty(HolidayYears.First)
            .Max()
        : Tabulated(includeOptional)
            .Where(d => d.Rule.Table.KnownThrough < HolidayYears.Last && (d.To is not { } last || last > d.Rule.Table.KnownThrough))
            .Select(d => d.Rule.Table.KnownThrough)
            .DefaultIfEmpty(HolidayYears.Last)
            .Min();

    /// <summary>The holidays of <paramref name="year"/>; optional ones only when <paramref name="includeOptional"/>.</summary>
    public HolidayYear Compute(int year, bool includeOptional) => HolidayEngine.Compute(Definitions, year, includeOptional);

    private IEnumerable<HolidayDefinition> Tabulated(bool includeOptional) =>
        Definitions.Where(d => d.Rule.IsTabulated && (includeOptional || d.Kind == HolidayKind.Public));
}
