namespace KpoSdk.Knowledge.Holidays;

/// <summary>
/// Dates as day numbers (Rata Die: 0001-01-01 is day 1, a Monday), the unit the holiday engine
/// computes in, so that "the Monday after", "Easter minus 2" and "the next free weekday" are
/// integer arithmetic. Proleptic Gregorian, like <see cref="CalendarDate"/>.
/// </summary>
internal static class CivilDays
{
    /// <summary>The day number of a valid date.</summary>
    public static int Of(int year, int month, int day)
    {
        // Count from March so that the leap day is the last of the counted year.
        int y = month <= 2 ? year - 1 : year;
        int m = month <= 2 ? month + 9 : month - 3;
        return (365 * y) + (y / 4) - (y / 100) + (y / 400) + (((153 * m) + 2) / 5) + day - 306;
    }

    public static int Of(CalendarDate date) => Of(date.Year, date.Month, date.Day);

    /// <summary>The date of a day number.</summary>
    public static CalendarDate ToDate(int dayNumber)
    {
        int year = YearOf(dayNumber);
        int dayOfYear = dayNumber - Of(year, 1, 1);
        int month = 1;
        while (month < 12 && dayOfYear >= CalendarDate.DaysInMonth(year, month))
        {
            dayOfYear -= CalendarDate.DaysInMonth(year, month);
            month++;
        }

        return new CalendarDate(year, month, dayOfYear + 1);
    }

    /// <summary>The year a day number falls in.</summary>
    public static int YearOf(int dayNumber)
    {
        int year = (int)((dayNumber - 1) / 365.2425) + 1;
        while (Of(year, 1, 1) > dayNumber)
        {
            year--;
        }

        while (Of(year + 1, 1, 1) <= dayNumber)
        {
            year++;
        }

        return year;
    }

    /// <summary>The ISO day of the week: 1 for Monday to 7 for Sunday.</summary>
    public static int DayOfWeek(int dayNumber) => ((dayNumber - 1) % 7) + 1;

    public const int Saturday = 6;

    public const int Sunday = 7;

    /// <summary>Whether the day is a Saturday or a Sunday (the weekend of every observance rule in the data).</summary>
    public static bool IsWeekend(int dayNumber) => DayOfWeek(dayNumber) >= Saturday;

    /// <summary>The first day on or after <paramref name="dayNumber"/> that is the ISO weekday <paramref name="weekday"/>.</summary>
    public static int OnOrAfter(int dayNumber, int weekday) => dayNumber + ((weekday - DayOfWeek(dayNumber) + 7) % 7);

    /// <summary>The last day on or before <paramref name="dayNumber"/> that is the ISO weekday <paramref name="weekday"/>.</summary>
    public static int OnOrBefore(int dayNumber, int weekday) => dayNumber - ((DayOfWeek(dayNumber) - weekday + 7) % 7);
}
