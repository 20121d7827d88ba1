namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// One holiday of a data file: its id (one namespace per country; a subdivision entry with a
/// national id replaces the national rule there), English name, rule, observance, kind, the years
/// it applies, per-year overrides and the ids of the sources it is cited from.
/// </summary>
internal sealed class HolidayDefinition(
    string id,
    string name,
    HolidayRule rule,
    Observance observance,
    HolidayKind kind,
    int? from,
    int? to,
    IReadOnlyDictionary<int, CalendarDate[]> overrides,
    IReadOnlyList<string> sources)
{
    public string Id { get; } = id;

    public string Name { get; } = name;

    public HolidayRule Rule { get; } = rule;

    public Observance Observance { get; } = observance;

    public HolidayKind Kind { get; } = kind;

    /// <summary>The first year the holiday applies; null when it applies as far back as the range goes.</summary>
    public int? From { get; } = from;

    /// <summary>The last year the holiday applies; null when it is in force.</summary>
    public int? To { get; } = to;

    /// <summary>Years whose dates replace the rule's (an empty list: no occurrence that year); override dates are final, with no observance.</summary>
    public IReadOnlyDictionary<int, CalendarDate[]> Overrides { get; } = overrides;

    public IReadOnlyList<string> Sources { get; } = sources;

    /// <summary>Whether the holiday occurs in <paramref name="year"/> at all (its from/to years and every nth year).</summary>
    public bool AppliesIn(int year) =>
        (From is not { } from || year >= from)
        && (To is not { } to || year <= to)
        && (Rule.Every == 0 || (year - From!.Value) % Rule.Every == 0);

    /// <summary>
    /// Whether the dates of <paramref name="year"/> are unknown: the holiday applies, has no
    /// override that year and its table does not cover the year.
    /// </summary>
    public bool IsUnknownIn(int year) =>
        Rule.IsTabulated && AppliesIn(year) && !Overrides.ContainsKey(year) && !Rule.Table.Covers(year);
}
