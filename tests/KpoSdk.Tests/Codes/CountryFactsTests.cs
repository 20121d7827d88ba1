using NodaTime;
using NodaTime.TimeZones;

namespace KpoSdk.Tests.Codes;

public class CountryFactsTests
{
    [Fact]
    public void Time_zones_agree_with_NodaTime_zone_locations_for_every_country()
    {
        var expected = TzdbDateTimeZoneSource.Default.ZoneLocations!
            .GroupBy(l => l.CountryCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.ZoneId).ToArray(), StringComparer.Ordinal);
        foreach (var country in Country.All)
        {
            var actual = country.TimeZones.Select(z => z.Id).ToArray();
            Assert.Equal(expected.GetValueOrDefault(country.Alpha2, []), actual);
        }
    }

    [Fact]
    public void Zone_tab_keeps_countries_that_share_a_zone_apart()
    {
        Assert.Equal(["Asia/Kolkata"], Country.IN.TimeZones.Select(z => z.Id));
        Assert.Contains(Country.US.TimeZones, z => z.Id == "America/New_York");
        Assert.Contains(Country.SE.TimeZones, z => z.Id == "Europe/Stockholm");
    }

    [Theory]
    [InlineData("SA", new[] { IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday })]
    [InlineData("IN", new[] { IsoDayOfWeek.Sunday })]
    [InlineData("IR", new[] { IsoDayOfWeek.Friday })]
    [InlineData("AF", new[] { IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })]
    [InlineData("US", new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })]
    [InlineData("AE", new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday })]
    public void Weekends_come_from_CLDR_week_data(string code, IsoDayOfWeek[] weekend)
    {
        var country = Country.Parse(code);
        Assert.Equal(weekend, country.Weekend);
        foreach (var day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            Assert.Equal(weekend.Contains(day), country.IsWeekend(day));
        }
    }

    [Fact]
    public void Official_languages_come_from_CLDR_territory_info()
    {
        Assert.Contains(Language.Parse("hi"), Country.IN.OfficialLanguages);
        Assert.Contains(Language.English, Country.IN.OfficialLanguages);
        Assert.Contains(Language.Parse("mr"), Country.IN.RegionalOfficialLanguages);
        Assert.Equal(Language.English, Country.US.OfficialLanguages[0]);
        Assert.Contains(Language.Parse("de"), Country.CH.OfficialLanguages);
        Assert.Contains(Language.Parse("fr"), Country.CH.OfficialLanguages);
    }

    [Fact]
    public void Subdivisions_belong_to_their_country()
    {
        Assert.Contains(Jurisdiction.Parse("US-NY"), Country.US.Subdivisions);
        Assert.All(Country.IN.Subdivisions, j => Assert.Equal(Country.IN, j.Country));
        Assert.Empty(Country.AQ.Subdivisions);
    }
}
