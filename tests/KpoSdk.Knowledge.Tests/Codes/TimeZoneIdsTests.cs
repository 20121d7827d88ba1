using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class TimeZoneIdsTests
{
    [Theory]
    [InlineData("America/New_York", true)]
    [InlineData("Asia/Calcutta", true)]
    [InlineData("UTC", true)]
    [InlineData("america/new_york", false)]
    [InlineData("America/NewYork", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Knows_ids_case_sensitively(string? id, bool known)
    {
        Assert.Equal(known, TimeZoneIds.IsKnown(id));
    }

    [Theory]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Nowhere/Special", null)]
    public void Maps_aliases_to_canonical_ids(string id, string? canonical)
    {
        Assert.Equal(canonical, TimeZoneIds.Canonical(id));
    }

    [Theory]
    [InlineData("America/New_York", "US")]
    [InlineData("US/Eastern", "US")]
    [InlineData("Asia/Calcutta", "IN")]
    [InlineData("Europe/Amsterdam", "NL")]
    [InlineData("Europe/Kyiv", "UA")]
    [InlineData("UTC", null)]
    [InlineData("Etc/GMT+5", null)]
    [InlineData("Nowhere/Special", null)]
    public void Finds_the_zone_tab_country(string id, string? alpha2)
    {
        int row = TimeZoneIds.CountryOf(id);
        Assert.Equal(alpha2, row < 0 ? null : Countries.Alpha2(row));
    }

    [Fact]
    public void Lists_a_countrys_zones_and_rejects_indexes_outside_them()
    {
        Assert.True(Countries.TryFind("IN", out int india));
        Assert.Equal(1, TimeZoneIds.ZoneCount(india));
        Assert.Equal("Asia/Kolkata", TimeZoneIds.Zone(india, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeZoneIds.Zone(india, 1));
        Assert.True(Countries.TryFind("US", out int us));
        Assert.Contains("America/Los_Angeles", Enumerable.Range(0, TimeZoneIds.ZoneCount(us)).Select(i => TimeZoneIds.Zone(us, i)));
    }

    [Theory]
    [InlineData("America/NewYork", "America/New_York")]
    [InlineData("america/new_york", "America/New_York")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("Europe/Londn", "Europe/London")]
    [InlineData("Asia/Kolkatta", "Asia/Kolkata")]
    [InlineData("NewYork", "America/New_York")]
    public void Closest_puts_the_intended_zone_first(string id, string expected)
    {
        var closest = TimeZoneIds.Closest(id, 3);
        Assert.NotEmpty(closest);
        Assert.Equal(expected, closest[0]);
        Assert.True(closest.Count <= 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Completely/Unrelated_Garbage_Text")]
    public void Closest_finds_nothing_for_nothing_close(string id)
    {
        Assert.Empty(TimeZoneIds.Closest(id, 3));
    }
}
