using System.Globalization;
using System.Text;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Time.ICalendar;

/// <summary>
/// Reads the line structure of an iCalendar text (RFC 5545 §3.1: folding, <c>NAME;PARAMS:VALUE</c>,
/// matching BEGIN/END) before Ical.Net sees it, because Ical.Net reports structural errors without
/// a line number and silently drops some malformed values.
/// </summary>
internal static class ContentLineReader
{
    /// <summary>The top-level VEVENTs of the single VCALENDAR in <paramref name="text"/>, and the TZIDs its VTIMEZONEs define.</summary>
    /// <exception cref="ICalendarFormatException">The structure is malformed.</exception>
    public static (List<EventLines> Events, HashSet<string> TimeZoneIds) Read(string text)
    {
        var events = new List<EventLines>();
        var timeZoneIds = new HashSet<string>(StringComparer.Ordinal);
        var open = new Stack<(string Name, int Line)>();
        EventLines? current = null;
        int calendarEnd = 0;
        bool any = false;

        foreach (var line in Unfold(text))
        {
            any = true;
            if (calendarEnd > 0)
            {
                throw Error(line.Line, $"{Quote(line.Text)} follows the end of the calendar (END:VCALENDAR on line {calendarEnd}); a file holds exactly one VCALENDAR.");
            }

            if (open.Count == 0 && !(line.Name == "BEGIN" && IsName(line.Value, "VCALENDAR")))
            {
                throw Error(line.Line, $"expected 'BEGIN:VCALENDAR' as the first line, found {Quote(line.Text)}.");
            }

            if (line.Name == "BEGIN")
            {
                string component = line.Value.Trim().ToUpperInvariant();
                if (component.Length == 0)
                {
                    throw Error(line.Line, "'BEGIN:' names no component; expected e.g. 'BEGIN:VEVENT'.");
                }

                open.Push((component, line.Line));
                if (component == "VEVENT" && open.Count == 2)
                {
                    current = new EventLines(line.Line);
                    events.Add(current);
                }
            }
            else if (line.Name == "END")
            {
                string component = line.Value.Trim().ToUpperInvariant();
                var (expected, openedOn) = open.Pop();
                if (component != expected)
                {
                    throw Error(line.Line, $"{Quote(line.Text)} does not close {expected}, opened on line {openedOn}; expected 'END:{expected}'.");
                }

                if (open.Count == 1)
                {
                    current = null;
                }
                else if (open.Count == 0)
                {
                    calendarEnd = line.Line;
                }
            }
            else if (current is not null && open.Count == 2)
            {
                current.Properties.Add(line);
            }
            else if (open.Count == 2 && line.Name == "TZID" && open.Peek().Name == "VTIMEZONE")
            {
                timeZoneIds.Add(line.Value.Trim());
            }
        }

        if (!any)
        {
            throw new ICalendarFormatException("The iCalendar text is empty; expected 'BEGIN:VCALENDAR' … 'END:VCALENDAR'.");
        }

        if (open.Count > 0)
        {
            var (name, openedOn) = open.Peek();
            throw Error(openedOn, $"{name} opened here is never closed; expected 'END:{name}' before the end of the text.");
        }

        return (events, timeZoneIds);
    }

    /// <summary>
    /// The logical content lines: folds joined, blank lines skipped, each parsed into name,
    /// parameters and value. Folds are appended to one buffer per logical line, so a value folded
    /// over 20,000 physical lines costs its length, not its length times its folds.
    /// </summary>
    private static IEnumerable<ContentLine> Unfold(string text)
    {
        int physical = 0;
        int start = 0;
        var pending = new StringBuilder();
        bool hasPending = false;
        int at = 0;
        while (at <= text.Length)
        {
            int end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            int rowEnd = end > at && text[end - 1] == '\r' ? end - 1 : end;
            physical++;
            bool folded = rowEnd > at && (text[at] == ' ' || text[at] == '\t');
            if (folded && hasPending)
            {
                pending.Append(text, at + 1, rowEnd - at - 1);
            }
            else
            {
                if (hasPending)
                {
                    yield return Parse(pending.ToString(), start);
                    pending.Clear();
                    hasPending = false;
                }

                if (!text.AsSpan(at, rowEnd - at).IsWhiteSpace())
                {
                    pending.Append(text, at, rowEnd - at);
                    hasPending = true;
                    start = physical;
                }
            }

            at = end + 1;
        }

        if (hasPending)
        {
            yield return Parse(pending.ToString(), start);
        }
    }

    private static ContentLine Parse(string text, int line)
    {
        int nameEnd = 0;
        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || nameEnd == text.Length || (text[nameEnd] != ':' && text[nameEnd] != ';'))
        {
            throw Error(line, $"cannot read {Quote(text)}: expected a property name (letters, digits, '-'), optional ';'-parameters, then ':' and the value, e.g. 'DTSTART;VALUE=DATE:20271225'.");
        }

        bool quoted = false;
        for (int i = nameEnd; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ':' && !quoted)
            {
                return new ContentLine(line, text[..nameEnd].ToUpperInvariant(), text[nameEnd..i], text[(i + 1)..]);
            }
        }

        throw Error(line, quoted
            ? $"cannot read {Quote(text)}: a quoted parameter value is not closed with '\"'."
            : $"cannot read {Quote(text)}: expected ':' between the parameters and the value.");
    }

    private static bool IsName(string value, string name) => value.Trim().Equals(name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text in single quotes, cut after <see cref="InputText.MaxQuotedText"/> characters (a
    /// content line is usually at most 75), control characters written as <c>\uXXXX</c> so that
    /// a message stays on one line.
    /// </summary>
    internal static string Quote(string text) => InputText.Quote(text, InputText.MaxQuotedText);

    internal static ICalendarFormatException Error(int line, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"iCalendar line {line}: {problem}"), line);
}
