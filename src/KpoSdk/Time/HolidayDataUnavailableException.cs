using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The SDK has no holiday data for what was asked: a jurisdiction it does not cover, or dates
/// beyond the years whose official holiday lists are compiled (see
/// <see cref="HolidayCalendar.KnownThrough"/>). The message names the jurisdiction, the dates and
/// the holidays whose dates are not known, and what is covered instead.
/// </summary>
/// <remarks>
/// It is an <see cref="InvalidOperationException"/>: the question is valid, but the data to
/// answer it is not there. Never a silently missing holiday: to proceed without the unknown
/// holidays, make the calendar with <see cref="HolidayCalendar.WithUnknownHolidays"/> and
/// <see cref="UnknownHolidays.Omit"/>.
/// </remarks>
public sealed class HolidayDataUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is missing and what is covered.</param>
    /// <param name="jurisdiction">The jurisdiction asked about, if there is one.</param>
    /// <param name="dates">The dates asked about that have no data, or null when the jurisdiction is not covered at all.</param>
    public HolidayDataUnavailableException(string message, Jurisdiction? jurisdiction = null, DateInterval? dates = null)
        : base(message)
    {
        Jurisdiction = jurisdiction;
        Dates = dates;
    }

    /// <summary>The jurisdiction whose holidays are missing; null when the calendar combines several sources.</summary>
    public Jurisdiction? Jurisdiction { get; }

    /// <summary>The dates asked about that lie outside the known ones; null when the jurisdiction is not covered at all.</summary>
    public DateInterval? Dates { get; }
}
