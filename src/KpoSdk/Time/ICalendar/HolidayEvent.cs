using System.Globalization;
using System.Text;
using Ical.Net.DataTypes;

namespace KpoSdk.Time.ICalendar;

/// <summary>
/// One checked VEVENT as holiday expansion needs it: for an all-day event its first day, length,
/// name, recurrence rules, RDATEs and exclusions; for every event the UID, RECURRENCE-ID and
/// SEQUENCE that decide which instance replaces which. Immutable once the file is read.
/// </summary>
internal sealed class HolidayEvent
{
    private HolidayEvent(EventLines lines)
    {
        Lines = lines;
    }

    public EventLines Lines { get; }

    /// <summary>Whether DTSTART is a DATE: only all-day events are holidays.</summary>
    public bool IsAllDay { get; private init; }

    public bool IsCancelled { get; private init; }

    public string? Uid { get; private init; }

    /// <summary>The day (day number) of the instance a RECURRENCE-ID replaces, when it names a day; null otherwise.</summary>
    public int? ReplacesDay { get; private init; }

    public int Sequence { get; private init; }

    /// <summary>The holiday's name: SUMMARY unescaped (RFC 5545 §3.3.11), or empty.</summary>
    public string Name { get; private init; } = string.Empty;

    public int StartDay { get; private init; }

    public int Days { get; private init; } = 1;

    /// <summary>The RRULEs, each with its content line for messages.</summary>
    public (DateRule Rule, ContentLine Line)[] Rules { get; set; } = [];

    public (DateRule Rule, ContentLine Line)[] ExceptionRules { get; set; } = [];

    /// <summary>RDATEs that are dates, ascending and distinct (timed ones are partial days, not holidays).</summary>
    public int[] ExtraDays { get; private init; } = [];

    /// <summary>EXDATEs that are dates (a timed one cannot match an all-day instance).</summary>
    public HashSet<int> ExcludedDays { get; private init; } = [];

    /// <summary>Builds the model of a VEVENT that <see cref="EventChecks.Check"/> accepted.</summary>
    public static HolidayEvent From(EventLines lines)
    {
        var start = lines.Find("DTSTART")!.Value;
        var recurrenceId = lines.Find("RECURRENCE-ID") is { } r ? r.Value.Trim() : null;
        bool allDay = EventChecks.IsDate(start);
        return new HolidayEvent(lines)
        {
            IsAllDay = allDay,
            IsCancelled = lines.Find("STATUS") is { } status && status.Value.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase),
            Uid = lines.Find("UID")?.Value.Trim(),
            ReplacesDay = recurrenceId is not null && (recurrenceId.Length == 8 || recurrenceId.AsSpan(8).StartsWith("T000000", StringComparison.Ordinal))
                ? EventChecks.DayNumber(recurrenceId)
                : null,
            Sequence = lines.Find("SEQUENCE") is { } sequence && int.TryParse(sequence.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int number) ? number : 0,
            Name = lines.Find("SUMMARY") is { } summary ? Unescape(summary.Value) : string.Empty,
            StartDay = allDay ? EventChecks.DayNumber(start.Value.Trim()) : 0,
            Days = allDay ? (int)EventChecks.LengthInDays(start, lines.Find("DTEND"), lines.Find("DURATION")) : 1,
            Rules = allDay ? RulesOf(lines, "RRULE", start) : [],
            ExceptionRules = allDay ? RulesOf(lines, "EXRULE", start) : [],
            ExtraDays = allDay ? [.. DaysOf(lines, "RDATE").Distinct().Order()] : [],
            ExcludedDays = allDay ? [.. DaysOf(lines, "EXDATE")] : [],
        };
    }

    private static (DateRule, ContentLine)[] RulesOf(EventLines lines, string name, ContentLine start)
    {
        var startDate = DateOnly.FromDayNumber(EventChecks.DayNumber(start.Value.Trim()));
        return [.. lines.Properties.Where(p => p.Name == name).Select(p => (DateRule.From(new RecurrencePattern(p.Value), startDate), p))];
    }

    private static IEnumerable<int> DaysOf(EventLines lines, string name) =>
        lines.Properties
            .Where(p => p.Name == name && !p.HasParameter("VALUE", "PERIOD"))
            .SelectMany(p => p.Value.Split(','))
            .Select(v => v.Trim())
            .Where(v => v.Length == 8)
            .Select(EventChecks.DayNumber);

    /// <summary>A TEXT value with its escapes resolved: <c>\,</c> <c>\;</c> <c>\\</c> and <c>\n</c>.</summary>
    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                char next = value[++i];
                text.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
