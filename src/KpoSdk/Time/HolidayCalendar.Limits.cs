namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    /// <summary>
    /// The longest iCalendar text <see cref="FromICalendar(string)"/> reads: 4,194,304 characters
    /// (4 MiB). A longer text is an <see cref="ICalendarFormatException"/> naming the line at which
    /// it passes the limit.
    /// </summary>
    public const int MaxTextLength = 4 * 1024 * 1024;

    /// <summary>
    /// The most occurrences one event may have: 100,000. A COUNT above it, more RDATE values, or more
    /// occurrences within the range given to <see cref="Occurrences"/> (a daily rule over more than
    /// 270 years) is an <see cref="ICalendarFormatException"/> naming the event's line.
    /// </summary>
    public const int MaxOccurrencesPerEvent = 100_000;

    /// <summary>
    /// The most candidate dates one expansion examines, whether they match or not: 10,000,000. It
    /// bounds the time of reading a file and of each call of <see cref="Occurrences"/> or
    /// <see cref="Between"/> (well under a second) whatever the recurrence rules say; an expansion that
    /// would need more is an <see cref="ICalendarFormatException"/> naming the event at which it ran
    /// out. A yearly holiday costs about 30 steps a year, a daily rule one step a day.
    /// </summary>
    public const int MaxExpansionSteps = 10_000_000;
}
