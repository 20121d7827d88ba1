using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class CountryCalendarTests
{
    [Theory]
    [InlineData("SA", "Asia/Riyadh", "Mon-Thu,Sun 09:00-17:00")]
    [InlineData("IN", "Asia/Kolkata", "Mon-Sat 09:00-17:00")]
    [InlineData("US", "America/Chicago", "Mon-Fri 09:00-17:00")]
    [InlineData("IR", "Asia/Tehran", "Mon-Thu,Sat-Sun 09:00-17:00")]
    public void Working_days_follow_the_country_weekend(string country, string zoneId, string hours)
    {
        var calendar = BusinessCalendar.ForCountry(Country.Parse(country), zoneId);
        Assert.Equal(hours, calendar.Hours.ToString());
        Assert.Equal(zoneId, calendar.Zone.Id);
    }

    [Fact]
    public void Saudi_week_runs_Sunday_to_Thursday()
    {
        var riyadh = DateTimeZoneProviders.Tzdb["Asia/Riyadh"];
        var calendar = BusinessCalendar.ForCountry(Country.Parse("SA"), riyadh, new TimeRange(new LocalTime(8, 0), new LocalTime(16, 0)));

        // Thursday 2025-07-10 15:00 plus two business hours: one on Thursday, one from Sunday 08:00.
        Assert.Equal(
            riyadh.At(2025, 7, 13, 9, 0),
            calendar.Add(riyadh.At(2025, 7, 10, 15, 0), Duration.FromHours(2)));
    }

    [Fact]
    public void A_zone_of_another_country_is_rejected_with_the_country_zones()
    {
        var ex = Assert.Throws<ArgumentException>(() => BusinessCalendar.ForCountry(Country.Parse("IN"), "Europe/London"));
        Assert.Equal("zoneId", ex.ParamName);
        Assert.StartsWith("'Europe/London' is not a time zone of India (IN); expected one of its zone.tab zones: 'Asia/Kolkata'.", ex.Message);
        var typed = Assert.Throws<ArgumentException>(() => BusinessCalendar.ForCountry(Country.Parse("IN"), DateTimeZoneProviders.Tzdb["Europe/London"]));
        Assert.Equal("zone", typed.ParamName);
        Assert.Throws<ArgumentException>(() => BusinessCalendar.ForCountry(default, "Asia/Kolkata"));
    }

    [Fact]
    public void An_alias_of_a_country_zone_is_accepted()
    {
        var calendar = BusinessCalendar.ForCountry(Country.Parse("IN"), "Asia/Calcutta");
        Assert.Equal("Mon-Sat 09:00-17:00", calendar.Hours.ToString());
    }
}
