using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using KpoSdk.Time.ICalendar;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

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
/// <para>Immutable after loading and safe to share between threads (expansion is serialised
/// internally, because the iCalendar object model it uses is not thread-safe).</para>
/// </remarks>
public sealed partial class HolidayCalendar
{
    /// <summary>
    /// Gives up on a recurrence rule that has produced no occurrence for this many consecutive
    /// increments (e.g. <c>FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30</c>), instead of looping forever.
    /// Large enough for a daily rule that matches only on 29 February.
    /// </summary>
    private const int UnmatchedIncrementLimit = 100_000;

    private readonly IcalCalendar _calendar;
    private readonly IReadOnlyList<EventLines> _events;

    private HolidayCalendar(IcalCalendar calendar, IReadOnlyList<EventLines> events, IReadOnlyList<string> ignored, int allDayEvents)
    {
        _calendar = calendar;
        _events = events;
        IgnoredEvents = ignored;
        AllDayEventCount = allDayEvents;
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
    /// <exception cref="ICalendarFormatException">A recurrence rule cannot be expanded.</exception>
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
    /// event that began before <paramref name="dates"/> contributes its days inside it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">A recurrence rule cannot be expanded.</exception>
    public IReadOnlyList<Holiday> Occurrences(DateInterval dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var from = new CalDateTime(dates.Start.ToDateOnly());
        var until = new CalDateTime(dates.End.PlusDays(1).ToDateOnly());
        var result = new List<Holiday>();
        lock (_calendar)
        {
            try
            {
                foreach (var occurrence in _calendar.GetOccurrences<CalendarEvent>(from, Options()).TakeWhileBefore(until))
                {
                    if (occurrence.Source is CalendarEvent source && !IsCancelled(source) && !occurrence.Period.StartTime.HasTime)
                    {
                        AddDays(result, occurrence.Period, source.Summary ?? string.Empty, dates);
                    }
                }
            }
            catch (EvaluationException ex)
            {
                throw ExpansionError(ex);
            }
        }

        result.Sort();
        return result;
    }

    private static void AddDays(List<Holiday> result, Ical.Net.DataTypes.Period period, string name, DateInterval dates)
    {
        var first = LocalDate.FromDateOnly(period.StartTime.Date);
        var end = period.EffectiveEndTime is { } endTime ? LocalDate.FromDateOnly(endTime.Date) : first;
        if (end <= first)
        {
            end = first.PlusDays(1);
        }

        for (var day = first < dates.Start ? dates.Start : first; day < end && day <= dates.End; day = day.PlusDays(1))
        {
            result.Add(new Holiday(day, name));
        }
    }

    private static bool IsCancelled(CalendarEvent source) =>
        string.Equals(source.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);

    private static EvaluationOptions Options() => new() { MaxUnmatchedIncrementsLimit = UnmatchedIncrementLimit };

    private ICalendarFormatException ExpansionError(EvaluationException? ex)
    {
        // Find the event whose rule fails on its own, to name its line.
        for (int i = 0; i < _calendar.Events.Count && i < _events.Count; i++)
        {
            if (_calendar.Events[i] is not { RecurrenceRule: not null } candidate || Expands(candidate))
            {
                continue;
            }

            var rule = _events[i].Find("RRULE");
            int line = rule?.Line ?? _events[i].BeginLine;
            return new ICalendarFormatException(
                $"iCalendar line {line}: the recurrence of VEVENT {_events[i].Label} ({rule?.Text ?? "RRULE"}) produces no date in {UnmatchedIncrementLimit} consecutive steps; check BYMONTH/BYMONTHDAY/BYDAY for a combination that cannot occur.",
                line,
                ex);
        }

        return new ICalendarFormatException($"A recurrence rule of the iCalendar text cannot be expanded: {ex?.Message}", null, ex);
    }

    private static bool Expands(CalendarEvent vevent)
    {
        try
        {
            _ = vevent.GetOccurrences(vevent.DtStart!, Options()).Take(2).Count();
            return true;
        }
        catch (EvaluationException)
        {
            return false;
        }
    }
}
