namespace KpoSdk.Contracts;

/// <summary>
/// The hours a contract covers, in the client's own time: a time zone and weekly hours. The
/// generator builds the contract's <see cref="Time.BusinessCalendar"/> from them at compile time;
/// business-hours targets (<see cref="Sla.SlaClockBasis.BusinessHours"/>) run on this calendar.
/// </summary>
/// <example><c>[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00", Holidays = "US-NY")]</c></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class CoverageWindowAttribute : Attribute
{
    /// <summary>A coverage window of <paramref name="weeklyHours"/> in the zone <paramref name="timeZone"/>.</summary>
    /// <param name="timeZone">
    /// An IANA time-zone ID that NodaTime's TZDB knows, exact case: <c>"America/New_York"</c>,
    /// <c>"Europe/London"</c>, <c>"Asia/Kolkata"</c> (aliases such as <c>"Asia/Calcutta"</c> are
    /// accepted too). It should be a zone of the client's country (KPO2001).
    /// </param>
    /// <param name="weeklyHours">
    /// Weekly hours in the text form of <see cref="Time.WeeklyHours.Parse(string)"/>:
    /// <c>"Mon-Fri 09:00-17:00"</c>, <c>"Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00"</c>,
    /// <c>"Sun-Thu 22:00-06:00"</c> (an end not after the start is on the next day) or <c>"24x7"</c>.
    /// </param>
    public CoverageWindowAttribute(string timeZone, string weeklyHours)
    {
        TimeZone = timeZone;
        WeeklyHours = weeklyHours;
    }

    /// <summary>Gets the IANA time-zone ID.</summary>
    public string TimeZone { get; }

    /// <summary>Gets the weekly hours text.</summary>
    public string WeeklyHours { get; }

    /// <summary>
    /// Gets or sets the jurisdiction whose built-in public holidays close the window, e.g.
    /// <c>"US-NY"</c> (New York's and the federal holidays; see <see cref="Time.HolidayCalendar.For(Jurisdiction)"/>
    /// and docs/holidays.md); null, the default, for none. Checked at compile time: an unknown code
    /// is KPO0001, a jurisdiction without built-in holidays KPO0009. Dates outside the years the
    /// data knows (<see cref="Time.HolidayCalendar.KnownThrough"/>) make the contract's calendar throw
    /// <see cref="Time.HolidayDataUnavailableException"/> rather than count a holiday as a working day.
    /// </summary>
    public string? Holidays { get; set; }
}
