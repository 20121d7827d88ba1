using System.Collections.Immutable;
using KpoSdk.Time.Holidays;
using KpoSdk.Time.ICalendar;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// Public holidays as dates with names: the built-in holidays of a country or subdivision
/// (<see cref="For(Jurisdiction)"/>, see docs/holidays.md), the all-day events of an iCalendar
/// file (<see cref="FromICalendar(string)"/>), and any combination of them with extra and removed
/// days. Give one to <see cref="BusinessCalendar.WithHolidays(HolidayCalendar)"/>, which expands
/// it lazily, or list its days with <see cref="Occurrences"/>.
/// </summary>
/// <remarks>
/// <para>Built-in holidays come from rules (fixed dates, nth weekdays, Easter, substitute-day
/// rules, first and last years) and from dates tabulated per year where an official list or a
/// lunar calendar fixes them. Tabulated dates are known only for the years compiled:
/// <see cref="KnownFrom"/> to <see cref="KnownThrough"/>. Outside them the calendar throws
/// <see cref="HolidayDataUnavailableException"/> rather than return a year without its Diwali,
/// unless made with <see cref="WithUnknownHolidays"/>. Optional holidays (restricted, regional
/// or part-day ones) are not included unless made with <see cref="WithOptionalHolidays"/>.</para>
/// <para>iCalendar files: every day covered by an occurrence of an all-day VEVENT (one whose
/// DTSTART is a DATE), from its start date up to but excluding its DTEND (or start plus DURATION;
/// one day when it has neither; a DTEND equal to DTSTART is one day), with yearly or any other
/// RRULE, RDATEs, EXDATEs and moved instances (RECURRENCE-ID). Events with a time are partial-day
/// closures, not holidays: they are skipped and listed in <see cref="IgnoredEvents"/> (model them as
/// dated hours overrides of the <see cref="BusinessCalendar"/>). Cancelled events are skipped.</para>
/// <para>All dates are floating: a holiday on 2027-12-25 closes the local date 2027-12-25 of
/// whichever calendar it is given to, in that calendar's zone.</para>
/// <para>Recurrence: an all-day event recurs by whole days (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY,
/// with INTERVAL, COUNT, UNTIL, BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, BYSETPOS and WKST as
/// RFC 5545 defines them, EXRULE included); a finer frequency, BYHOUR/BYMINUTE/BYSECOND, or an event
/// longer than 366 days is an error when the file is read. The file is read in time linear in its
/// length, and each expansion is bounded (<see cref="MaxTextLength"/>, <see cref="MaxOccurrencesPerEvent"/>,
/// <see cref="MaxExpansionSteps"/>): a hostile file fails with an <see cref="ICalendarFormatException"/>
/// naming its line, it does not hang.</para>
/// <para>Immutable and safe to share between threads; each year is computed once, on first use.</para>
/// </remarks>
public sealed partial class HolidayCalendar
{
    private readonly ImmutableArray<HolidayFeed> _feeds;
    private readonly ImmutableSortedDictionary<LocalDate, string> _added;
    private readonly ImmutableSortedSet<LocalDate> _removed;
    private readonly HolidayYearData?[] _years = new HolidayYearData?[CachedYears];
    private readonly HolidayYearData?[] _yearsWithOptional = new HolidayYearData?[CachedYears];

    // Computed once: business-day loops ask per day.
    private readonly LocalDate _knownFrom;
    private readonly LocalDate _knownThrough;

    private HolidayCalendar(ICalendarFile file)
        : this([new ICalendarFeed(file)], ImmutableSortedDictionary<LocalDate, string>.Empty, [], false, UnknownHolidays.Throw, null)
    {
    }

    private HolidayCalendar(
        ImmutableArray<HolidayFeed> feeds,
        ImmutableSortedDictionary<LocalDate, string> added,
        ImmutableSortedSet<LocalDate> removed,
        bool includeOptional,
        UnknownHolidays unknown,
        Jurisdiction? jurisdiction)
    {
        _feeds = feeds;
        _added = added;
        _removed = removed;
        IncludesOptionalHolidays = includeOptional;
        UnknownHolidays = unknown;
        Jurisdiction = jurisdiction;
        (_knownFrom, _knownThrough) = (KnownFromFor(includeOptional), KnownThroughFor(includeOptional));
        AllDayEventCount = feeds.Sum(f => f.AllDayEvents);
        IgnoredEvents = [.. feeds.SelectMany(f => f.IgnoredEvents)];
    }

    /// <summary>A calendar without any holiday.</summary>
    public static HolidayCalendar Empty { get; } = new([], ImmutableSortedDictionary<LocalDate, string>.Empty, [], false, UnknownHolidays.Throw, null);

    /// <summary>The jurisdiction of a calendar made by <see cref="For(Jurisdiction)"/> (also after adding or removing days); null otherwise.</summary>
    public Jurisdiction? Jurisdiction { get; }

    /// <summary>Whether optional holidays (India's restricted holidays, regional and part-day holidays) are included as closed days; see <see cref="WithOptionalHolidays"/>.</summary>
    public bool IncludesOptionalHolidays { get; }

    /// <summary>What the calendar does with dates outside <see cref="KnownFrom"/> to <see cref="KnownThrough"/>.</summary>
    public UnknownHolidays UnknownHolidays { get; }

    /// <summary>
    /// The first date from which every holiday's date is known: the start of the first year whose
    /// official lists are all compiled. <see cref="LocalDate.MinIsoValue"/> when nothing limits it
    /// (an iCalendar file or extra days only); 1900-01-01 at the earliest for built-in holidays.
    /// </summary>
    public LocalDate KnownFrom => _knownFrom;

    /// <summary>
    /// The last date up to which every holiday's date is known: for India, the end of the last
    /// year whose central and State lists were compiled. <see cref="LocalDate.MaxIsoValue"/> when
    /// nothing limits it; 2150-12-31 at the latest for built-in holidays.
    /// </summary>
    public LocalDate KnownThrough => _knownThrough;

    /// <summary>The number of all-day, not cancelled VEVENTs read from iCalendar files (each may recur), overriding instances included; 0 without a file.</summary>
    public int AllDayEventCount { get; }

    /// <summary>
    /// One line per VEVENT of an iCalendar file that is not a holiday source, saying why, e.g.
    /// <c>line 24: VEVENT 'Half day' starts at a time (DTSTART;TZID=America/New_York:20271224T130000); only all-day events are holidays.</c>
    /// Empty when every event was used, and for calendars without a file.
    /// </summary>
    public IReadOnlyList<string> IgnoredEvents { get; }

    /// <summary>The dates the built-in rules cover; a calendar known for all of them needs no "known" in its summary.</summary>
    private static readonly LocalDate EngineFirstDate = new(1900, 1, 1);

    private static readonly LocalDate EngineLastDate = new(2150, 12, 31);

    private static int CachedYears => LastCachedYear - FirstCachedYear + 1;

    private const int FirstCachedYear = 1899;

    private const int LastCachedYear = 2151;

    /// <summary>
    /// The distinct holiday dates within <paramref name="dates"/> (both ends included), ascending:
    /// the days a <see cref="BusinessCalendar"/> given this calendar is closed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="HolidayDataUnavailableException"><paramref name="dates"/> reach outside <see cref="KnownFrom"/> to <see cref="KnownThrough"/> and the calendar is not made to omit unknown holidays.</exception>
    /// <exception cref="ICalendarFormatException">An iCalendar event has more than <see cref="MaxOccurrencesPerEvent"/> occurrences in <paramref name="dates"/>, or its expansion needs more than <see cref="MaxExpansionSteps"/> steps; the message names the event's line.</exception>
    public IReadOnlyList<LocalDate> Between(DateInterval dates)
    {
        var holidays = Occurrences(dates);
        var result = new List<LocalDate>(holidays.Count);
        foreach (var holiday in holidays)
        {
            if (result.Count == 0 || result[^1] != holiday.Date)
            {
                result.Add(holiday.Date);
            }
        }

        return result;
    }

    /// <summary>
    /// Every holiday day within <paramref name="dates"/> (both ends included) with its name,
    /// ordered by date then name. A date appears once per holiday on it (two events of an
    /// iCalendar file, or a built-in holiday and a file's event); a substitute day is named
    /// "… (observed)"; a multi-day event that began before <paramref name="dates"/> contributes
    /// its days inside it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="HolidayDataUnavailableException"><paramref name="dates"/> reach outside <see cref="KnownFrom"/> to <see cref="KnownThrough"/> and the calendar is not made to omit unknown holidays; the message names the holidays whose dates are not known.</exception>
    /// <exception cref="ICalendarFormatException">An iCalendar event has more than <see cref="MaxOccurrencesPerEvent"/> occurrences in <paramref name="dates"/>, or its expansion needs more than <see cref="MaxExpansionSteps"/> steps; the message names the event's line.</exception>
    public IReadOnlyList<Holiday> Occurrences(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        CheckKnown(dates, null);
        if (dates.Start.Year != dates.End.Year)
        {
            // Each year is bounded on its own; a span of many years is bounded as a whole too.
            foreach (var feed in _feeds)
            {
                feed.CheckLimits(dates);
            }
        }

        var result = new List<Holiday>();
        for (int year = dates.Start.Year; year <= dates.End.Year; year++)
        {
            foreach (var holiday in YearOf(year, IncludesOptionalHolidays).Holidays)
            {
                if (holiday.Date >= dates.Start && holiday.Date <= dates.End)
                {
                    result.Add(holiday);
                }
            }
        }

        return result;
    }

    /// <summary>A summary such as <c>IN-MH public holidays, known 2026-01-01 to 2026-12-31, + 1 day</c>.</summary>
    public override string ToString()
    {
        string sources = _feeds.Length == 0 ? "no holidays" : string.Join(" + ", _feeds.Select(f => f.Describe()));
        string known = KnownFrom <= EngineFirstDate && KnownThrough >= EngineLastDate
            ? string.Empty
            : $", known {MessageText.Of(KnownFrom)} to {MessageText.Of(KnownThrough)}{(UnknownHolidays == UnknownHolidays.Omit ? " (unknown holidays omitted beyond)" : string.Empty)}";
        string optional = IncludesOptionalHolidays ? ", optional holidays included" : string.Empty;
        string added = _added.Count == 0 ? string.Empty : $", + {_added.Count} day{(_added.Count == 1 ? "" : "s")}";
        string removed = _removed.Count == 0 ? string.Empty : $", − {_removed.Count} day{(_removed.Count == 1 ? "" : "s")}";
        return sources + known + optional + added + removed;
    }
}
