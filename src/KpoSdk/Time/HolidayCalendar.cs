using KpoSdk.Time.ICalendar;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// Holidays read from an iCalendar file (RFC 5545), as exported by HR systems and calendar
/// applications: all-day events, with their yearly (or any other) RRULE recurrences, RDATEs,
/// EXDATEs and moved instances (RECURRENCE-ID), expanded over a <see cref="DateInterval"/> into
/// the <see cref="LocalDate"/>s a <see cref="BusinessCalendar"/> takes as holidays.
/// </summary>
/// <remarks>
/// <para>What counts as a holiday: every day covered by an occurrence of an all-day VEVENT (one
/// whose DTSTART is a DATE), from its start date up to but excluding its DTEND (or start plus
/// DURATION; one day when it has neither). A DTEND equal to DTSTART is read as one day.</para>
/// <para>What does not: events with a time (DTSTART is a DATE-TIME), which are partial-day
/// closures rather than holidays: they are skipped and listed in <see cref="IgnoredEvents"/>, and
/// can be modelled as dated hours overrides of the <see cref="BusinessCalendar"/> instead. Events with
/// <c>STATUS:CANCELLED</c> (also an instance cancelled through RECURRENCE-ID) are skipped. VTODO and
/// VJOURNAL components are not events and are ignored.</para>
/// <para>All-day dates are floating: a holiday on 2027-12-25 closes the local date 2027-12-25 of
/// whichever calendar it is given to, in that calendar's zone.</para>
/// <para>Recurrence: an all-day event recurs by whole days (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY,
/// with INTERVAL, COUNT, UNTIL, BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY, BYDAY, BYSETPOS and WKST as
/// RFC 5545 defines them, EXRULE included); a finer frequency, BYHOUR/BYMINUTE/BYSECOND, or an event
/// longer than 366 days is an error when the file is read. The file is read in time linear in its
/// length, and each expansion is bounded (<see cref="MaxTextLength"/>, <see cref="MaxOccurrencesPerEvent"/>,
/// <see cref="MaxExpansionSteps"/>): a hostile file fails with an <see cref="ICalendarFormatException"/>
/// naming its line, it does not hang.</para>
/// <para>Immutable after loading and safe to share between threads.</para>
/// </remarks>
public sealed partial class HolidayCalendar
{
    private readonly ICalendarFile _file;

    private HolidayCalendar(ICalendarFile file)
    {
        _file = file;
        IgnoredEvents = file.IgnoredEvents;
        AllDayEventCount = file.AllDayEventCount;
    }

    /// <summary>The number of all-day, not cancelled VEVENTs read (each may recur), overriding instances included.</summary>
    public int AllDayEventCount { get; }

    /// <summary>
    /// One line per VEVENT that is not a holiday source, saying why, e.g.
    /// <c>line 24: VEVENT 'Half day' starts at a time (DTSTART;TZID=America/New_York:20271224T130000); only all-day events are holidays.</c>
    /// Empty when every event was used.
    /// </summary>
    public IReadOnlyList<string> IgnoredEvents { get; }

    /// <summary>
    /// The distinct holiday dates within <paramref name="dates"/> (both ends included), ascending:
    /// what to pass to <see cref="BusinessCalendar"/>'s holidays.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">An event has more than <see cref="MaxOccurrencesPerEvent"/> occurrences in <paramref name="dates"/>, or the expansion needs more than <see cref="MaxExpansionSteps"/> steps; the message names the event's line.</exception>
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
    /// ordered by date then name; a date appears once per event that covers it. A multi-day
    /// event that began before <paramref name="dates"/> contributes its days inside it. Any
    /// interval is allowed, up to the ends of <see cref="LocalDate"/>; events lie in the years 1 to 9999.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">An event has more than <see cref="MaxOccurrencesPerEvent"/> occurrences in <paramref name="dates"/>, or the expansion needs more than <see cref="MaxExpansionSteps"/> steps; the message names the event's line.</exception>
    public IReadOnlyList<Holiday> Occurrences(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return _file.Expand(dates);
    }
}
