using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// The New York client calendar with built-in holidays (<see cref="HolidayCalendar.For(Jurisdiction)"/>,
/// expanded lazily per block) and the same calendar given the same dates as a list.
/// </summary>
internal static class BuiltInHolidayCalendars
{
    public static readonly Jurisdiction NewYork = Jurisdiction.Parse("US-NY");

    /// <summary>New York's holidays 2020-2031 as dates: every year a block of the benchmarks can reach.</summary>
    public static readonly LocalDate[] ListedDates =
        [.. HolidayCalendar.For(NewYork).Between(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2031, 12, 31)))];

    public static BusinessCalendar Hours() => BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00");

    public static BusinessCalendar BuiltIn() => Hours().WithHolidays(HolidayCalendar.For(NewYork));

    public static BusinessCalendar Listed() => Hours().WithHolidays(ListedDates);
}
