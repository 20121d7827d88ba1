using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class BusinessCalendarErrorTests
{
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");

    private readonly BusinessCalendar _calendar = TestCalendars.NewYork();

    [Theory]
    [InlineData("America/New_Yrok", "America/New_York")]
    [InlineData("Asia/Calcuta", "Asia/Calcutta")]
    [InlineData("europe/londn", "Europe/London")]
    [InlineData("Kolkata", "Asia/Kolkata")]
    public void Unknown_zone_lists_the_closest_ids(string id, string suggestion)
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.Create(id, "Mon-Fri 09:00-17:00"));
        Assert.Equal("zoneId", ex.ParamName);
        Assert.StartsWith($"'{id}' is not an IANA time-zone ID known to tzdb ", ex.Message);
        Assert.Contains($"'{suggestion}'", ex.Message);
    }

    [Fact]
    public void Negative_business_time_names_the_argument()
    {
        var ex = Assert.Throws<ArgumentException>(() => _calendar.Add(NewYork.At(2025, 7, 7, 9, 0), Duration.FromHours(-1)));
        Assert.Equal("businessTime", ex.ParamName);
        Assert.Contains("got -0:01:00:00", ex.Message);
    }

    [Fact]
    public void Reversed_spans_name_the_argument()
    {
        var a = NewYork.At(2025, 7, 7, 9, 0);
        var b = NewYork.At(2025, 7, 7, 10, 0);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => _calendar.Between(b, a)).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => _calendar.OpenIntervals(b, a)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentException>(() => _calendar.OpenIntervals(new Interval(a, null))).ParamName);
    }

    [Fact]
    public void Instants_outside_the_range_are_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.IsOpen(Instant.FromUtc(2150, 1, 1, 0, 0)));
        Assert.Equal("instant", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.NextOpen(Instant.FromUtc(1899, 12, 31, 23, 59)));
        Assert.Equal(BusinessCalendar.MaxInstant, Instant.FromUtc(2150, 1, 1, 0, 0));
    }

    [Fact]
    public void A_calendar_that_is_never_open_throws_instead_of_looping()
    {
        var never = BusinessCalendar.Create(NewYork, WeeklyHours.Closed);
        var t = NewYork.At(2025, 7, 7, 9, 0);
        var ex = Assert.Throws<InvalidOperationException>(() => never.Add(t, Duration.FromMinutes(1)));
        Assert.Contains("never open", ex.Message);
        Assert.Null(never.NextOpen(t));
        Assert.Equal(t, never.NextClose(t));
        Assert.Equal(Duration.Zero, never.Between(t, t + Duration.FromDays(3000)));
        Assert.Throws<InvalidOperationException>(() => never.AddBusinessDays(new LocalDate(2025, 7, 7), 1));
    }

    [Fact]
    public void Add_past_the_end_of_the_range_throws()
    {
        var calendar = BusinessCalendar.Create(NewYork, WeeklyHours.AlwaysOpen);
        var t = Instant.FromUtc(2149, 12, 1, 0, 0);
        var ex = Assert.Throws<InvalidOperationException>(() => calendar.Add(t, Duration.FromDays(40)));
        Assert.Contains("2150-01-01", ex.Message);
        Assert.Equal(t + Duration.FromDays(30), calendar.Add(t, Duration.FromDays(30)));
    }

    [Fact]
    public void Malformed_exception_text_reports_the_position_in_the_whole_text()
    {
        var ex = Assert.Throws<FormatException>(() => HoursOverride.Parse("2025-12-24 09:00-1200"));
        Assert.Equal("'2025-12-24 09:00-1200' is not a valid hours override: expected an end time in the form HH:mm such as '09:00' at position 17, found '1200'.", ex.Message);
        var date = Assert.Throws<FormatException>(() => HoursOverride.Parse("2025-13-24 closed"));
        Assert.Contains("expected a date in the form yyyy-MM-dd such as '2025-12-24' at position 0, found '2025-13-24'", date.Message);
    }
}
