namespace KpoSdk.DataTool.Holidays;

/// <summary>
/// The years a jurisdiction's holidays are all known for, the same computation as KpoSdk.Knowledge's
/// HolidaySet (a test checks that both agree): from the latest knownFrom of a table that applies
/// before it, through the earliest end of a table of a holiday still in force after it.
/// </summary>
internal static class HolidayKnownYears
{
    public const int First = 1900;

    public const int Last = 2150;

    public static (int From, int Through) Of(IEnumerable<HolidayRow> holidays)
    {
        var tables = holidays.Where(h => !h.Optional && h.Table is not null).ToArray();
        int from = tables.Where(h => h.Table!.From is { } f && (h.From is not { } first || first < f)).Select(h => h.Table!.From!.Value).DefaultIfEmpty(First).Max();
        int through = tables.Where(h => h.Table!.Through < Last && (h.To is not { } last || last > h.Table.Through)).Select(h => h.Table!.Through).DefaultIfEmpty(Last).Min();
        return (from, through);
    }

    /// <summary>The holidays in force in a subdivision: the national ones it neither excludes nor replaces, then its own.</summary>
    public static IReadOnlyList<HolidayRow> Effective(HolidayFile file, SubdivisionRow? subdivision)
    {
        if (subdivision is null)
        {
            return file.National;
        }

        var replaced = subdivision.Holidays.Select(h => h.Id).Concat(subdivision.Exclude.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        return [.. file.National.Where(h => !replaced.Contains(h.Id)).Concat(subdivision.Holidays)];
    }
}
