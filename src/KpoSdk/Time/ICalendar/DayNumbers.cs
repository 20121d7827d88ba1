namespace KpoSdk.Time.ICalendar;

/// <summary>
/// Proleptic Gregorian dates as <see cref="DateOnly.DayNumber"/>s (0 is 0001-01-01, a Monday), the
/// unit recurrence expansion counts in. Numbers outside 0001–9999 are allowed in arithmetic (a week
/// may start in December of year 0); only dates inside it are ever produced.
/// </summary>
internal static class DayNumbers
{
    public static readonly int Max = DateOnly.MaxValue.DayNumber;

    /// <summary>The day number of 1 January of <paramref name="year"/> (any year, also 0 or 10000).</summary>
    public static int FirstOfYear(int year)
    {
        int y = year - 1;
        return (365 * y) + Floor(y, 4) - Floor(y, 100) + Floor(y, 400);
    }

    public static int DaysInYear(int year) => FirstOfYear(year + 1) - FirstOfYear(year);

    public static DayOfWeek DayOfWeek(int dayNumber) => (DayOfWeek)(((dayNumber % 7) + 8) % 7);

    public static bool IsDate(int dayNumber) => dayNumber >= 0 && dayNumber <= Max;

    /// <summary>The first day of the week (starting on <paramref name="weekStart"/>) that contains <paramref name="dayNumber"/>.</summary>
    public static int WeekStartOf(int dayNumber, DayOfWeek weekStart) =>
        dayNumber - ((DayOfWeek(dayNumber) - weekStart + 7) % 7);

    /// <summary>The first day of week 1 of <paramref name="year"/>: the week containing 4 January, so it has at least four days of the year.</summary>
    public static int WeekOneStart(int year, DayOfWeek weekStart) => WeekStartOf(FirstOfYear(year) + 3, weekStart);

    /// <summary>The week-numbering year and the week number (1 to 53) of a day.</summary>
    public static (int Year, int Week) WeekOf(int dayNumber, int calendarYear, DayOfWeek weekStart)
    {
        int year = calendarYear;
        if (dayNumber < WeekOneStart(year, weekStart))
        {
            year--;
        }
        else if (dayNumber >= WeekOneStart(year + 1, weekStart))
        {
            year++;
        }

        return (year, ((dayNumber - WeekOneStart(year, weekStart)) / 7) + 1);
    }

    public static int WeeksInYear(int year, DayOfWeek weekStart) =>
        (WeekOneStart(year + 1, weekStart) - WeekOneStart(year, weekStart)) / 7;

    private static int Floor(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;
}
