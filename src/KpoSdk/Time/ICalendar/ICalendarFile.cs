using System.Globalization;

namespace KpoSdk.Time.ICalendar;

/// <summary>
/// The holidays of one iCalendar text: its events, checked and modelled when the text is read,
/// and expanded over any range of dates on request. Immutable, so any number of threads may
/// expand it at once. Every expansion, and the reading itself, works within an
/// <see cref="ExpansionBudget"/> of <see cref="HolidayCalendar.MaxExpansionSteps"/>.
/// </summary>
internal sealed partial class ICalendarFile
{
    private readonly HolidayEvent[] _sources;
    private readonly HashSet<(string Uid, int Day)> _replaced;

    /// <summary>Each source's place among the distinct names in ordinal order, so that a day and a rank sort like <see cref="Holiday"/>s.</summary>
    private readonly int[] _ranks;

    /// <summary>The distinct names by rank.</summary>
    private readonly string[] _names;

    private ICalendarFile(HolidayEvent[] sources, HashSet<(string Uid, int Day)> replaced, IReadOnlyList<string> ignored, int allDayEvents)
    {
        _sources = sources;
        _replaced = replaced;
        _names = [.. sources.Select(s => s.Name).Distinct().Order(StringComparer.Ordinal)];
        _ranks = [.. sources.Select(s => Array.BinarySearch(_names, s.Name, StringComparer.Ordinal))];
        IgnoredEvents = ignored;
        AllDayEventCount = allDayEvents;
    }

    public IReadOnlyList<string> IgnoredEvents { get; }

    public int AllDayEventCount { get; }

    /// <summary>Reads and checks <paramref name="text"/> (without a byte order mark).</summary>
    /// <exception cref="ICalendarFormatException">The text is malformed, over a limit, or has a rule that never produces a date.</exception>
    public static ICalendarFile Read(string text)
    {
        CheckLength(text);
        var (lines, timeZoneIds) = ContentLineReader.Read(text);
        var events = new HolidayEvent[lines.Count];
        var ignored = new List<string>();
        int allDay = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            EventChecks.Check(lines[i], timeZoneIds);
            events[i] = HolidayEvent.From(lines[i]);
            if (events[i].IsCancelled)
            {
                ignored.Add($"line {lines[i].BeginLine}: VEVENT {lines[i].Label} is STATUS:CANCELLED.");
            }
            else if (!events[i].IsAllDay)
            {
                ignored.Add($"line {lines[i].BeginLine}: VEVENT {lines[i].Label} starts at a time ({ContentLineReader.Quote(lines[i].Find("DTSTART")!.Value.Text)}); only all-day events are holidays.");
            }
            else
            {
                allDay++;
            }
        }

        var budget = new ExpansionBudget(HolidayCalendar.MaxExpansionSteps);
        foreach (var vevent in events.Where(e => e.IsAllDay))
        {
            Prepare(vevent, budget);
        }

        var (sources, replaced) = Resolve(events);
        return new ICalendarFile(sources, replaced, ignored, allDay);
    }

    /// <summary>
    /// The limit on the text, reported at the line where the text passes it so that a file that is
    /// too large is told apart from one that is malformed there.
    /// </summary>
    private static void CheckLength(string text)
    {
        if (text.Length <= HolidayCalendar.MaxTextLength)
        {
            return;
        }

        int line = 1 + text.AsSpan(0, HolidayCalendar.MaxTextLength).Count('\n');
        throw ContentLineReader.Error(
            line,
            string.Create(CultureInfo.InvariantCulture, $"the iCalendar text is {text.Length:N0} characters long and passes the limit of {HolidayCalendar.MaxTextLength:N0} (HolidayCalendar.MaxTextLength) on this line; split it into several calendars and combine them."));
    }

    /// <summary>
    /// Which events are holiday sources, and which instances a RECURRENCE-ID replaces. As in
    /// Ical.Net (and RFC 5545), the replacing event with the highest SEQUENCE wins, the last one
    /// among equals; the replaced instance is gone whether its replacement is an all-day event, a
    /// timed one or a cancelled one.
    /// </summary>
    private static (HolidayEvent[] Sources, HashSet<(string Uid, int Day)> Replaced) Resolve(HolidayEvent[] events)
    {
        var winners = new Dictionary<(string Uid, int Day), HolidayEvent>();
        foreach (var vevent in events)
        {
            if (vevent is { Uid: { } uid, ReplacesDay: { } day }
                && (!winners.TryGetValue((uid, day), out var other) || other.Sequence <= 0 || vevent.Sequence > other.Sequence))
            {
                winners[(uid, day)] = vevent;
            }
        }

        var sources = events
            .Where(e => e.IsAllDay && !e.IsCancelled && (e.Uid is null || e.ReplacesDay is not { } day || ReferenceEquals(winners[(e.Uid, day)], e)))
            .ToArray();
        return (sources, [.. winners.Keys]);
    }
}
