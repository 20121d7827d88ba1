using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class BusinessDayTests
{
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");

    private readonly BusinessCalendar _calendar = TestCalendars.NewYork().WithHoliday(new LocalDate(2025, 7, 4));

    [Theory]
    [InlineData("2025-07-03", 1, "2025-07-07")]
    [InlineData("2025-07-03", 0, "2025-07-03")]
    [InlineData("2025-07-05", 0, "2025-07-05")]
    [InlineData("2025-07-05", 1, "2025-07-07")]
    [InlineData("2025-07-07", -1, "2025-07-03")]
    [InlineData("2025-07-07", -2, "2025-07-02")]
    [InlineData("2025-07-01", 10, "2025-07-16")]
    public void Adds_business_days_skipping_weekends_and_holidays(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), _calendar.AddBusinessDays(Date(from), days));
    }

    [Fact]
    public void Business_days_between_inverts_adding()
    {
        var start = new LocalDate(2025, 6, 20);
        for (int n = -30; n <= 30; n++)
        {
            var end = _calendar.AddBusinessDays(start, n);
            Assert.Equal(n, _calendar.BusinessDaysBetween(start, end));
        }
    }

    [Fact]
    public void Adding_a_business_period_is_due_at_close_of_business()
    {
        var mondayEarly = NewYork.At(2025, 7, 7, 7, 0);
        var mondayLate = NewYork.At(2025, 7, 7, 20, 0);
        Assert.Equal(NewYork.At(2025, 7, 8, 17, 0), _calendar.Add(mondayEarly, Period.FromDays(1)));
        Assert.Equal(NewYork.At(2025, 7, 8, 17, 0), _calendar.Add(mondayLate, Period.FromDays(1)));
        Assert.Equal(NewYork.At(2025, 7, 7, 17, 0), _calendar.Add(NewYork.At(2025, 7, 3, 12, 0), Period.FromDays(1)));
        Assert.Equal(mondayLate, _calendar.Add(mondayLate, Period.Zero));
    }

    [Fact]
    public void A_night_shift_is_due_when_the_shift_ends()
    {
        var nights = TestCalendars.NewYork("Mon-Fri 22:00-06:00");
        Assert.Equal(NewYork.At(2025, 7, 9, 6, 0), nights.Add(NewYork.At(2025, 7, 7, 23, 0), Period.FromDays(1)));
    }

    [Theory]
    [InlineData("P1W")]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("PT4H")]
    [InlineData("P1DT4H")]
    [InlineData("P-1D")]
    public void Rejects_periods_that_are_not_business_days(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;
        var ex = Assert.Throws<ArgumentException>(() => _calendar.Add(NewYork.At(2025, 7, 7, 7, 0), period));
        Assert.Equal("businessDays", ex.ParamName);
        Assert.Contains(text, ex.Message);
    }

    // An instant at the start of the range falls on 1899-12-31 in New York; counting business
    // days from it used to fail on that date as an ArgumentOutOfRangeException for a parameter
    // 'date' the caller never passed.
    [Fact]
    public void A_business_period_from_the_first_hours_of_the_range_counts_from_the_local_date()
    {
        var start = BusinessCalendar.MinInstant + Duration.FromHours(2);

        Assert.Equal(Instant.FromUtc(1900, 1, 1, 22, 0), TestCalendars.NewYork().Add(start, Period.FromDays(1)));
    }

    [Fact]
    public void A_business_period_from_the_last_hours_of_the_range_has_no_business_day_left()
    {
        var tokyo = BusinessCalendar.Create("Asia/Tokyo", "Mon-Fri 09:00-17:00");

        var ex = Assert.Throws<InvalidOperationException>(() => tokyo.Add(BusinessCalendar.MaxInstant - Duration.FromHours(2), Period.FromDays(1)));
        Assert.Contains("2150-01-01", ex.Message);
    }

    [Fact]
    public void A_business_period_whose_due_day_closes_after_the_range_is_an_error_not_an_instant_outside_it()
    {
        var nights = BusinessCalendar.Create("Etc/UTC", "Mon-Sun 22:00-06:00");

        var ex = Assert.Throws<InvalidOperationException>(() => nights.Add(Instant.FromUtc(2149, 12, 30, 12, 0), Period.FromDays(1)));
        Assert.Contains("2149-12-31", ex.Message);
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
