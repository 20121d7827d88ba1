using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class JurisdictionZonesTests
{
    internal static JurisdictionId J(string code) =>
        Jurisdictions.TryParse(code, out var id) ? id : throw new ArgumentException($"'{code}' is not a jurisdiction.", nameof(code));

    [Theory]
    [InlineData("US-CA", "America/Los_Angeles")]
    [InlineData("US-NY", "America/New_York")]
    [InlineData("US-HI", "Pacific/Honolulu")]
    [InlineData("US-TN", "America/Chicago America/New_York")]
    [InlineData("US-FL", "America/New_York America/Chicago")]
    [InlineData("US-AZ", "America/Phoenix America/Denver")]
    [InlineData("US-OR", "America/Los_Angeles America/Boise")]
    [InlineData("US-KY", "America/New_York America/Kentucky/Louisville America/Kentucky/Monticello America/Chicago")]
    [InlineData("CA-ON", "America/Toronto America/Winnipeg America/Atikokan")]
    [InlineData("CA-BC", "America/Vancouver America/Edmonton America/Creston America/Dawson_Creek America/Fort_Nelson")]
    [InlineData("AU-NSW", "Australia/Sydney Australia/Broken_Hill Australia/Lord_Howe")]
    [InlineData("AU-WA", "Australia/Perth Australia/Eucla")]
    [InlineData("BR-AM", "America/Manaus America/Eirunepe")]
    [InlineData("MX-CHH", "America/Chihuahua America/Ciudad_Juarez America/Ojinaga")]
    [InlineData("ES-CN", "Atlantic/Canary")]
    [InlineData("PT-20", "Atlantic/Azores")]
    [InlineData("EC-W", "Pacific/Galapagos")]
    [InlineData("KZ-ATY", "Asia/Atyrau")]
    [InlineData("ID-KA", "Asia/Makassar Asia/Pontianak")]
    public void A_subdivision_of_a_multi_zone_country_has_its_own_zones_primary_first(string code, string zones)
    {
        var id = J(code);
        Assert.Equal(zones.Split(' '), JurisdictionZones.List(id));
        Assert.Equal(id, JurisdictionZones.Source(id));
    }

    [Fact]
    public void Indiana_has_its_zones_and_the_central_counties()
    {
        var zones = JurisdictionZones.List(J("US-IN"));
        Assert.Equal("America/Indiana/Indianapolis", zones[0]);
        Assert.Contains("America/Indiana/Knox", zones);
        Assert.Contains("America/Chicago", zones);
        Assert.DoesNotContain("America/Denver", zones);
    }

    [Theory]
    [InlineData("US-AL", "America/Chicago", "America/New_York")]
    [InlineData("CA-SK", "America/Regina America/Swift_Current America/Edmonton", "America/Winnipeg")]
    [InlineData("AU-SA", "Australia/Adelaide", "Australia/Eucla")]
    public void Informal_practices_tzdb_only_reports_are_not_zones(string code, string zones, string informal)
    {
        Assert.Equal(zones.Split(' '), JurisdictionZones.List(J(code)));
        Assert.False(JurisdictionZones.Contains(J(code), informal));
    }

    [Theory]
    [InlineData("US-NV", "America/Los_Angeles America/Denver")]
    [InlineData("CN-XJ", "Asia/Shanghai Asia/Urumqi")]
    public void Official_or_recognized_secondary_zones_are_kept(string code, string zones)
    {
        Assert.Equal(zones.Split(' '), JurisdictionZones.List(J(code)));
    }

    [Theory]
    [InlineData("US-PR", "America/Puerto_Rico")]
    [InlineData("US-VI", "America/St_Thomas")]
    [InlineData("US-GU", "Pacific/Guam")]
    [InlineData("US-AS", "Pacific/Pago_Pago")]
    [InlineData("US-MP", "Pacific/Saipan")]
    [InlineData("US-UM", "Pacific/Midway Pacific/Wake")]
    [InlineData("CN-HK", "Asia/Hong_Kong")]
    [InlineData("FR-PF", "Pacific/Tahiti Pacific/Marquesas Pacific/Gambier")]
    [InlineData("NL-BQ1", "America/Kralendijk")]
    [InlineData("NO-21", "Arctic/Longyearbyen")]
    public void A_territory_has_the_zone_zone_tab_files_under_its_own_code(string code, string zones)
    {
        var id = J(code);
        Assert.Equal(zones.Split(' '), JurisdictionZones.List(id));
        foreach (string zone in zones.Split(' '))
        {
            Assert.True(JurisdictionZones.Contains(id, zone), zone);
            Assert.NotEqual(id.Country, TimeZoneIds.CountryOf(zone));
            Assert.False(JurisdictionZones.Contains(id.CountryOnly, zone), $"{zone} is not a zone.tab zone of {code[..2]} itself");
        }
    }

    [Theory]
    [InlineData("ES-TF", "ES-TF", "Atlantic/Canary")]
    [InlineData("FR-971", "FR-GP", "America/Guadeloupe")]
    [InlineData("FR-974", "FR-RE", "Indian/Reunion")]
    [InlineData("GB-ABD", "GB", "Europe/London")]
    [InlineData("IN-MH", "IN", "Asia/Kolkata")]
    [InlineData("FR-75", "FR", "Europe/Paris")]
    [InlineData("FR-CP", "FR", "Europe/Paris")]
    [InlineData("UM-67", "UM", "Pacific/Midway Pacific/Wake")]
    [InlineData("US", "US", null)]
    public void A_subdivision_without_data_falls_back_to_its_parent_then_its_country(string code, string source, string? zones)
    {
        var id = J(code);
        Assert.Equal(J(source), JurisdictionZones.Source(id));
        Assert.Equal(JurisdictionZones.List(J(source)), JurisdictionZones.List(id));
        if (zones is not null)
        {
            Assert.Equal(zones.Split(' '), JurisdictionZones.List(id));
        }
    }

    [Fact]
    public void A_country_has_its_zone_tab_zones_in_order()
    {
        foreach (string code in (string[])["US", "CA", "IN", "RU", "BV", "AQ"])
        {
            var id = J(code);
            var expected = Enumerable.Range(0, TimeZoneIds.ZoneCount(id.Country)).Select(i => TimeZoneIds.Zone(id.Country, i));
            Assert.Equal(expected, JurisdictionZones.List(id));
        }

        Assert.Equal(0, JurisdictionZones.Count(J("BV")));
    }

    [Fact]
    public void Zone_rejects_an_index_outside_the_jurisdictions_zones()
    {
        Assert.Equal("America/Los_Angeles", JurisdictionZones.Zone(J("US-CA"), 0));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => JurisdictionZones.Zone(J("US-CA"), 1));
        Assert.Contains("US-CA has 1 zones", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => JurisdictionZones.Zone(J("US-CA"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => JurisdictionZones.Zone(J("IN"), 1));
    }
}
