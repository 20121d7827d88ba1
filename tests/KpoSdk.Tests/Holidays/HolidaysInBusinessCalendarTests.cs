using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Holidays;

public class HolidaysInBusinessCalendarTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Holidays_from_the_file_close_the_business_calendar_on_their_dates()
    {
        using var stream = Fixtures.Open("us-office.ics");
        var holidays = HolidayCalendar.FromICalendar(stream);
        var office = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Mon-Fri 09:00-17:00"))
            .WithHolidays(holidays.Between(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31))));

        Assert.False(office.IsOpen(At(2027, 11, 25, 12)));
        Assert.False(office.IsOpen(At(2027, 11, 26, 12)));
        Assert.False(office.IsOpen(At(2027, 7, 5, 12)));
        Assert.True(office.IsOpen(At(2027, 11, 24, 12)));

        // Four business hours from Wednesday 15:00 before Thanksgiving run 2 h that day and 2 h on Monday.
        Assert.Equal(At(2027, 11, 29, 11), office.Add(At(2027, 11, 24, 15), Duration.FromHours(4)));
    }

    [Fact]
    public void A_holiday_on_the_start_date_of_a_night_shift_closes_the_shift_but_not_the_one_from_the_day_before()
    {
        // Thanksgiving (Thursday 25 November 2027) closes the shift starting Thursday 22:00, not
        // Wednesday's shift, which runs into Thursday morning.
        var holidays = HolidayCalendar.FromICalendar(Fixtures.Text("us-office.ics"));
        var nights = BusinessCalendar.Create(NewYork, WeeklyHours.Parse("Mon-Fri 22:00-06:00"))
            .WithHolidays(holidays.Between(new DateInterval(new LocalDate(2027, 11, 1), new LocalDate(2027, 11, 30))));

        Assert.True(nights.IsOpen(At(2027, 11, 25, 3)));
        Assert.False(nights.IsOpen(At(2027, 11, 25, 23)));
        Assert.False(nights.IsOpen(At(2027, 11, 26, 3)));
    }

    private static Instant At(int year, int month, int day, int hour) =>
        NewYork.AtStrictly(new LocalDateTime(year, month, day, hour, 0)).ToInstant();
}
