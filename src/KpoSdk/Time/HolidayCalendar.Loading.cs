using System.Text;
using KpoSdk.Time.ICalendar;

namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    /// <summary>Reads the holidays of an iCalendar text (the content of a <c>.ics</c> file).</summary>
    /// <param name="text">One VCALENDAR, lines separated by CRLF or LF, folded lines allowed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ICalendarFormatException">The text is not a well-formed iCalendar object, an event's
    /// date, duration or recurrence rule is malformed or can never produce a date, or the text is over a limit
    /// (<see cref="MaxTextLength"/>, <see cref="MaxOccurrencesPerEvent"/>, <see cref="MaxExpansionSteps"/>).
    /// The message quotes the content and gives its line.</exception>
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

    private static HolidayCalendar Load(string text) => new(ICalendarFile.Read(text));
}
