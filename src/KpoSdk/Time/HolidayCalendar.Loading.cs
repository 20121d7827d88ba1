using System.Runtime.Serialization;
using System.Text;
using Ical.Net.CalendarComponents;
using KpoSdk.Time.ICalendar;
using IcalCalendar = Ical.Net.Calendar;

namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    /// <summary>Reads the holidays of an iCalendar text (the content of a <c>.ics</c> file).</summary>
    /// <param name="text">One VCALENDAR, lines separated by CRLF or LF, folded lines allowed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">The text is not a well-formed iCalendar object, or an event's
    /// date, duration or recurrence rule is malformed. The message quotes the content and gives its line.</exception>
    public static HolidayCalendar FromICalendar(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Load(text.StartsWith('\uFEFF') ? text[1..] : text);
    }

    /// <summary>Reads the holidays of an iCalendar file from a stream (UTF-8 unless a byte order mark says otherwise), to its end. The stream is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">The content is malformed; see <see cref="FromICalendar(string)"/>.</exception>
    public static HolidayCalendar FromICalendar(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Load(reader.ReadToEnd());
    }

    /// <summary>Reads the holidays of an iCalendar text from a reader, to its end. The reader is not disposed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">The content is malformed; see <see cref="FromICalendar(string)"/>.</exception>
    public static HolidayCalendar FromICalendar(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return FromICalendar(reader.ReadToEnd());
    }

    private static HolidayCalendar Load(string text)
    {
        var events = ContentLineReader.ReadEvents(text);
        foreach (var vevent in events)
        {
            EventChecks.Check(vevent);
        }

        IcalCalendar calendar;
        try
        {
            calendar = IcalCalendar.Load(text)
                ?? throw new ICalendarFormatException("The iCalendar text holds no VCALENDAR; expected 'BEGIN:VCALENDAR' … 'END:VCALENDAR'.");
        }
        catch (Exception ex) when (ex is (SerializationException or ArgumentException or FormatException or InvalidOperationException) and not ICalendarFormatException)
        {
            throw new ICalendarFormatException($"The iCalendar text could not be read: {ex.Message}", null, ex);
        }

        var ignored = new List<string>();
        int allDay = 0;
        foreach (var vevent in events)
        {
            var start = vevent.Find("DTSTART") ?? throw new InvalidOperationException("EventChecks lets no VEVENT without DTSTART through.");
            if (vevent.Find("STATUS") is { } status && status.Value.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase))
            {
                ignored.Add($"line {vevent.BeginLine}: VEVENT {vevent.Label} is STATUS:CANCELLED.");
            }
            else if (!EventChecks.IsDate(start))
            {
                ignored.Add($"line {vevent.BeginLine}: VEVENT {vevent.Label} starts at a time ({ContentLineReader.Quote(start.Text)}); only all-day events are holidays.");
            }
            else
            {
                allDay++;
            }
        }

        var holidays = new HolidayCalendar(calendar, events, ignored, allDay);
        holidays.CheckRecurrences();
        return holidays;
    }

    /// <summary>
    /// Expands the first occurrences of every event once, so that a rule that can never match, a
    /// time zone Ical.Net does not know, or a date or duration it cannot compute with fails here
    /// with its line rather than later.
    /// </summary>
    private void CheckRecurrences()
    {
        for (int i = 0; i < _calendar.Events.Count; i++)
        {
            if (_calendar.Events[i] is not CalendarEvent vevent)
            {
                continue;
            }

            bool expands;
            try
            {
                expands = Expands(vevent);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or OverflowException)
            {
                throw Unusable(i, ex);
            }

            if (vevent.RecurrenceRule is not null && !expands)
            {
                throw ExpansionError(null);
            }
        }
    }

    private ICalendarFormatException Unusable(int index, Exception ex)
    {
        int? line = index < _events.Count ? _events[index].BeginLine : null;
        string which = index < _events.Count ? $"line {_events[index].BeginLine}: VEVENT {_events[index].Label}" : "a VEVENT";
        return new ICalendarFormatException(
            $"iCalendar {which} cannot be expanded into dates ({ex.Message}); expected an all-day DTSTART such as 'DTSTART;VALUE=DATE:20251225' with a DTEND or DURATION of the same kind and a time zone from the IANA database.",
            line,
            ex);
    }
}
