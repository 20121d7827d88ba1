namespace KpoSdk.Time;

/// <summary>
/// The iCalendar (RFC 5545) text given to <see cref="HolidayCalendar"/> is malformed, or one of its
/// recurrence rules cannot be expanded. The message quotes the offending content and says what was
/// expected; <see cref="LineNumber"/> gives its physical line in the text when it is known.
/// </summary>
public sealed class ICalendarFormatException : FormatException
{
    /// <summary>Creates the exception with a message and the 1-based line it refers to, if known.</summary>
    /// <param name="message">What is wrong, quoting the input and saying what was expected.</param>
    /// <param name="lineNumber">The 1-based physical line of the text, or <see langword="null"/> when not known.</param>
    /// <param name="innerException">The error reported by the iCalendar reader, if any.</param>
    public ICalendarFormatException(string message, int? lineNumber = null, Exception? innerException = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>
    /// The 1-based physical line of the text the problem is on (for a folded content line, its
    /// first physical line), or <see langword="null"/> when the problem has no single line.
    /// </summary>
    public int? LineNumber { get; }
}
