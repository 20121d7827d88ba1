using System.Globalization;
using KpoSdk.Time.Holidays;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    /// <summary>Whether <paramref name="date"/> is a holiday; never throws for unknown dates (the caller checks <see cref="KnownFrom"/> and <see cref="KnownThrough"/>).</summary>
    internal bool IsClosed(LocalDate date) => YearOf(date.Year, IncludesOptionalHolidays).IsClosed(date);

    /// <summary>A year's holidays (those whose dates are known), computed once per year within the cached range.</summary>
    internal HolidayYearData YearOf(int year, bool includeOptional)
    {
        if (year < FirstCachedYear || year > LastCachedYear)
        {
            return ComputeYear(year, includeOptional);
        }

        var cache = includeOptional ? _yearsWithOptional : _years;
        int index = year - FirstCachedYear;
        var data = Volatile.Read(ref cache[index]);
        if (data is null)
        {
            var computed = ComputeYear(year, includeOptional);
            data = Interlocked.CompareExchange(ref cache[index], computed, null) ?? computed;
        }

        return data;
    }

    internal LocalDate KnownFromFor(bool includeOptional) =>
        _feeds.Length == 0 ? LocalDate.MinIsoValue : _feeds.Max(f => f.KnownFrom(includeOptional));

    internal LocalDate KnownThroughFor(bool includeOptional) =>
        _feeds.Length == 0 ? LocalDate.MaxIsoValue : _feeds.Min(f => f.KnownThrough(includeOptional));

    /// <summary>The names of the holidays of <paramref name="year"/> whose dates the data does not have.</summary>
    internal IReadOnlyList<string> UnknownNamesIn(int year, bool includeOptional) =>
        [.. _feeds.SelectMany(f => f.UnknownIn(year, includeOptional)).Distinct(StringComparer.Ordinal)];

    /// <summary>Throws when <paramref name="dates"/> reach outside the known dates of a calendar that does not omit unknown holidays.</summary>
    internal void CheckKnown(DateInterval dates, string? context)
    {
        if (UnknownHolidays == UnknownHolidays.Throw && (dates.Start < KnownFrom || dates.End > KnownThrough))
        {
            throw UnknownError(dates, context);
        }
    }

    /// <summary>The error for a question about <paramref name="asked"/> that needs unknown holidays.</summary>
    internal HolidayDataUnavailableException UnknownError(DateInterval asked, string? context)
    {
        var outside = new List<DateInterval>();
        if (asked.Start < KnownFrom)
        {
            outside.Add(new DateInterval(asked.Start, Min(asked.End, KnownFrom.PlusDays(-1))));
        }

        if (asked.End > KnownThrough)
        {
            outside.Add(new DateInterval(Max(asked.Start, KnownThrough.PlusDays(1)), asked.End));
        }

        var years = outside.SelectMany(o => Enumerable.Range(o.Start.Year, o.End.Year - o.Start.Year + 1)).ToArray();
        var names = years.Take(3).SelectMany(y => UnknownNamesIn(y, IncludesOptionalHolidays)).Distinct(StringComparer.Ordinal).ToArray();
        string which = names.Length == 0
            ? "holidays whose dates are not in the data"
            : string.Join(", ", names.Take(30)) + (names.Length > 30 ? $" and {names.Length - 30} more" : string.Empty);
        string yearText = years.Length == 1
            ? years[0].ToString(CultureInfo.InvariantCulture)
            : $"{years[0].ToString(CultureInfo.InvariantCulture)}–{years[^1].ToString(CultureInfo.InvariantCulture)}";
        string message =
            $"{context ?? $"The holidays from {MessageText.Of(asked.Start)} to {MessageText.Of(asked.End)} were asked for"}, but {ToString()} are known only from {MessageText.Of(KnownFrom)} to {MessageText.Of(KnownThrough)}: "
            + $"{which} {(names.Length == 1 ? "has" : "have")} no published dates for {yearText} in the data (official lists for later years are added as they are published; see docs/holidays.md). "
            + "Ask about known dates, or make the calendar with WithUnknownHolidays(UnknownHolidays.Omit) to leave those holidays out.";
        return new HolidayDataUnavailableException(message, Jurisdiction, outside[0]);
    }

    private HolidayYearData ComputeYear(int year, bool includeOptional)
    {
        var holidays = new List<Holiday>();
        foreach (var feed in _feeds)
        {
            feed.AddYear(year, includeOptional, holidays);
        }

        if (_removed.Count > 0)
        {
            holidays.RemoveAll(h => _removed.Contains(h.Date));
        }

        foreach (var (date, name) in _added)
        {
            if (date.Year == year)
            {
                holidays.Add(new Holiday(date, name));
            }
        }

        holidays.Sort();
        return new HolidayYearData([.. holidays]);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
