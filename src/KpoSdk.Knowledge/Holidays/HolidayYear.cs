namespace KpoSdk.Knowledge.Holidays;

/// <summary>The holidays of one year of one jurisdiction, and the tabulated holidays whose dates that year are not known.</summary>
internal sealed class HolidayYear(int year, IReadOnlyList<HolidayOccurrence> occurrences, IReadOnlyList<HolidayDefinition> unknown)
{
    public int Year { get; } = year;

    /// <summary>The occurrences within the year, ordered by day, then by holiday id.</summary>
    public IReadOnlyList<HolidayOccurrence> Occurrences { get; } = occurrences;

    /// <summary>Holidays that apply in the year but whose dates are not in the data (beyond the published lists).</summary>
    public IReadOnlyList<HolidayDefinition> Unknown { get; } = unknown;
}
