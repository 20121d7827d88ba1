using KpoSdk.Knowledge.Codes;
using static KpoSdk.Knowledge.Tests.Codes.JurisdictionZonesTests;

namespace KpoSdk.Knowledge.Tests.Codes;

/// <summary>The texts KPO2001 and its code fix take from JurisdictionZones.</summary>
public class JurisdictionZonesMessageTests
{
    [Theory]
    [InlineData("America/New_York", "US-CA", "The zone 'America/New_York' is not a zone of California, United States (US-CA); its zone is America/Los_Angeles.")]
    [InlineData("America/Denver", "US-TN", "The zone 'America/Denver' is not a zone of Tennessee, United States (US-TN); its zones are America/Chicago and America/New_York.")]
    [InlineData("America/Winnipeg", "CA-SK", "The zone 'America/Winnipeg' is not a zone of Saskatchewan, Canada (CA-SK); its zones are America/Regina, America/Swift_Current and America/Edmonton.")]
    [InlineData("Asia/Dubai", "IN-MH", "The zone 'Asia/Dubai' is not a zone of Mahārāshtra, India (IN-MH); its zone is Asia/Kolkata.")]
    [InlineData("Europe/Oslo", "BV", "The zone 'Europe/Oslo' is not a zone of Bouvet Island (BV); zone.tab lists no zone for it.")]
    public void Describes_a_zone_that_is_not_the_jurisdictions(string zone, string code, string expected)
    {
        Assert.Equal(expected, JurisdictionZones.DescribeNotAZone(zone, J(code)));
    }

    [Fact]
    public void Quotes_a_long_zone_bounded()
    {
        string message = JurisdictionZones.DescribeNotAZone(new string('x', 500), J("US-CA"));
        Assert.True(message.Length < 250, message);
        Assert.EndsWith("its zone is America/Los_Angeles.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_the_zones_a_code_fix_offers_in_order()
    {
        Assert.Equal(["America/New_York", "America/Kentucky/Louisville", "America/Kentucky/Monticello", "America/Chicago"], JurisdictionZones.List(J("US-KY")));
        Assert.Equal("America/Chicago and America/New_York", JurisdictionZones.ListText(J("US-TN")));
        Assert.Equal("", JurisdictionZones.ListText(J("BV")));
        Assert.Empty(JurisdictionZones.List(J("BV")));
    }
}
