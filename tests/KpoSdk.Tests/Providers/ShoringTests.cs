using NodaTime;

namespace KpoSdk.Tests.Providers;

public sealed class ShoringTests
{
    [Theory]
    [InlineData("US-NY", "US-CA", Shoring.Onshore)]
    [InlineData("US", "US-TX", Shoring.Onshore)]
    [InlineData("DE", "PL", Shoring.Nearshore)] // different sub-regions, 8 h of overlap
    [InlineData("PL", "CZ", Shoring.Nearshore)] // same sub-region
    [InlineData("US-NY", "MX", Shoring.Nearshore)]
    [InlineData("GB", "ZA", Shoring.Nearshore)]
    [InlineData("IN", "LK", Shoring.Nearshore)]
    [InlineData("US-NY", "IN", Shoring.Offshore)]
    [InlineData("US-NY", "PH", Shoring.Offshore)]
    [InlineData("DE", "IN", Shoring.Offshore)] // 3.5 h at standard offsets
    [InlineData("GB", "IN", Shoring.Offshore)]
    public void Classifies_by_country_sub_region_and_overlap(string client, string delivery, Shoring expected) =>
        Assert.Equal(expected, ShoringRule.Default.Classify(Jurisdiction.Parse(client), Jurisdiction.Parse(delivery)));

    [Fact]
    public void Overlap_uses_standard_offsets_and_working_days()
    {
        Assert.Equal(Duration.FromHours(8), ShoringRule.DefaultHoursOverlap(Country.DE, Country.PL));
        Assert.Equal(Duration.FromMinutes(210), ShoringRule.DefaultHoursOverlap(Country.DE, Country.IN));
        // Saudi Arabia works Sunday to Thursday: Friday in Germany finds nobody, Monday to Thursday overlap 6 h.
        Assert.Equal(Duration.FromHours(6 * 4) / 5, ShoringRule.DefaultHoursOverlap(Country.DE, Country.SA));
    }

    [Fact]
    public void A_centre_is_classified_by_its_own_zone()
    {
        var anchorage = new DeliveryCenter("Anchorage", Jurisdiction.Parse("US-AK"), DateTimeZoneProviders.Tzdb["America/Anchorage"]);
        var portoAlegre = new DeliveryCenter("Porto Alegre", Jurisdiction.Parse("BR-RS"), DateTimeZoneProviders.Tzdb["America/Sao_Paulo"]);

        Assert.Equal(Shoring.Onshore, anchorage.ShoringFor(Jurisdiction.Parse("US-NY")));
        Assert.Equal(Shoring.Nearshore, portoAlegre.ShoringFor(Jurisdiction.Parse("US-NY")));
        Assert.Equal(Shoring.Offshore, new ShoringRule(Duration.FromHours(7)).Classify(Jurisdiction.Parse("US-NY"), portoAlegre));
    }

    [Fact]
    public void Regions_come_from_the_M49_table()
    {
        Assert.Equal(new GeographicRegion("150", "Europe"), GeographicRegion.RegionOf(Country.PL));
        Assert.Equal(new GeographicRegion("151", "Eastern Europe"), GeographicRegion.SubRegionOf(Country.PL));
        Assert.Equal(new GeographicRegion("155", "Western Europe"), GeographicRegion.SubRegionOf(Country.DE));
        Assert.Equal(new GeographicRegion("034", "Southern Asia"), GeographicRegion.SubRegionOf(Country.IN));
        Assert.All(Country.All, c => Assert.False(string.IsNullOrEmpty(GeographicRegion.SubRegionOf(c).Code)));
    }

    [Fact]
    public void Rejects_a_threshold_longer_than_the_business_day() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShoringRule(Duration.FromHours(9)));
}
