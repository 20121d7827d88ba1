using KpoSdk.Knowledge.Holidays;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>Small helpers: a jurisdiction's closed days of a year, and definitions built in code for rule tests.</summary>
internal static class Holidays
{
    public static HolidaySet Of(string code) =>
        HolidayData.Resolve(code, out string? problem) ?? throw new InvalidOperationException($"{code}: {problem}");

    /// <summary>The closed days (public holidays and substitute days) of a year, as ISO dates.</summary>
    public static string[] ClosedDays(string code, int year) => ClosedDays(Of(code).Compute(year, includeOptional: false));

    public static string[] ClosedDays(HolidayYear year) => [.. year.Occurrences.Select(o => o.Date.ToString()).Distinct()];

    public static string[] UnknownIds(string code, int year) => [.. Of(code).Compute(year, false).Unknown.Select(d => d.Id).Order(StringComparer.Ordinal)];

    public static HolidayDefinition Define(
        string id,
        HolidayRule rule,
        Observance observance = Observance.None,
        HolidayKind kind = HolidayKind.Public,
        int? from = null,
        int? to = null,
        Dictionary<int, CalendarDate[]>? overrides = null) =>
        new(id, id, rule, observance, kind, from, to, overrides ?? [], ["test"]);

    /// <summary>The days of a year of hand-made definitions, each as "yyyy-MM-dd id" (substitutes as "yyyy-MM-dd id (observed)").</summary>
    public static string[] Days(int year, params HolidayDefinition[] definitions) =>
        [.. HolidayEngine.Compute(definitions, year, includeOptional: true).Occurrences.Select(o => $"{o.Date} {o.Name}")];

    public static HolidayRule Table(int? knownFrom, int knownThrough, params (int Year, int Month, int Day)[] dates) =>
        HolidayRule.Tabulated(new TabulatedDates(
            dates.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Select(d => new CalendarDate(d.Year, d.Month, d.Day)).ToArray()),
            knownFrom,
            knownThrough));
}
