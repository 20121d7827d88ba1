namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// The dates of a tabulated holiday per year, and the years they are known for: from
/// <see cref="KnownFrom"/> (or, when it is null, every year before the table: no occurrence) to
/// <see cref="KnownThrough"/>. A year inside that range but not listed has no occurrence; a year
/// outside it is unknown (FORMAT.md, "dates", and FORMAT-REQUESTS.md requests 4/A1).
/// </summary>
internal sealed class TabulatedDates
{
    private readonly Dictionary<int, CalendarDate[]> _byYear;

    public TabulatedDates(IReadOnlyDictionary<int, CalendarDate[]> byYear, int? knownFrom, int knownThrough)
    {
        _byYear = byYear.ToDictionary(e => e.Key, e => e.Value);
        KnownFrom = knownFrom;
        KnownThrough = knownThrough;
    }

    /// <summary>The first year known; null when the years before the table are known to have no occurrence.</summary>
    public int? KnownFrom { get; }

    /// <summary>The last year known: the last listed year, or later when the source says later years have none.</summary>
    public int KnownThrough { get; }

    /// <summary>The years listed, ascending.</summary>
    public IEnumerable<int> Years => _byYear.Keys.OrderBy(y => y);

    public bool Covers(int year) => year <= KnownThrough && (KnownFrom is not { } from || year >= from);

    public IReadOnlyList<CalendarDate> In(int year) => _byYear.TryGetValue(year, out var dates) ? dates : [];
}
