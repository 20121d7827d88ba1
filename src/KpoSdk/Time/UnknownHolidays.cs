namespace KpoSdk.Time;

/// <summary>
/// What a <see cref="HolidayCalendar"/> does with dates beyond its data: holidays fixed each year
/// by an official list or a lunar calendar (Diwali, Eid, a Philippine proclamation) are known
/// only for the years whose lists were published and compiled (<see cref="HolidayCalendar.KnownFrom"/>
/// to <see cref="HolidayCalendar.KnownThrough"/>).
/// </summary>
public enum UnknownHolidays
{
    /// <summary>
    /// The default: asking for dates outside the known ones throws
    /// <see cref="HolidayDataUnavailableException"/>, from <see cref="HolidayCalendar.Occurrences"/>
    /// and from every <see cref="BusinessCalendar"/> query whose answer depends on such a date.
    /// </summary>
    Throw = 0,

    /// <summary>
    /// Outside the known dates, give the holidays whose dates are known (fixed dates, Easter and
    /// weekday rules, tabulated years) and leave out the others: the calendar then has fewer
    /// closed days than the jurisdiction will have. Choose it knowingly, e.g. for a plan two years
    /// ahead, and check <see cref="HolidayCalendar.KnownThrough"/> in what you report.
    /// </summary>
    Omit = 1,
}
