using KpoSdk.Knowledge.Codes;
using static KpoSdk.Knowledge.Tests.Codes.JurisdictionZonesTests;

namespace KpoSdk.Knowledge.Tests.Codes;

public class JurisdictionZonesContainsTests
{
    [Theory]
    [InlineData("US-CA", "America/Los_Angeles", true)]
    [InlineData("US-CA", "America/New_York", false)]
    [InlineData("US-CA", "America/Tijuana", false)]
    [InlineData("US-TN", "America/New_York", true)]
    [InlineData("US-TN", "America/Chicago", true)]
    [InlineData("US-TN", "America/Denver", false)]
    [InlineData("US", "America/New_York", true)]
    [InlineData("US", "America/Puerto_Rico", false)]
    [InlineData("US-PR", "America/Puerto_Rico", true)]
    [InlineData("US-PR", "America/New_York", false)]
    [InlineData("IN-MH", "Asia/Kolkata", true)]
    public void Zone_ids_are_zones_of_the_jurisdictions_that_list_them(string code, string zone, bool expected)
    {
        Assert.Equal(expected, JurisdictionZones.Contains(J(code), zone));
    }

    [Theory]
    [InlineData("US-CA", "US/Pacific", true)]
    [InlineData("US-NY", "US/Eastern", true)]
    [InlineData("US-CA", "US/Eastern", false)]
    [InlineData("IN-MH", "Asia/Calcutta", true)]
    [InlineData("IN", "Asia/Calcutta", true)]
    [InlineData("CA-NT", "America/Yellowknife", true)]
    [InlineData("CA-ON", "America/Thunder_Bay", true)]
    [InlineData("CA-ON", "America/Rainy_River", true)]
    [InlineData("CA-QC", "America/Montreal", true)]
    [InlineData("CA-NU", "America/Coral_Harbour", true)]
    [InlineData("US-IN", "America/Indianapolis", true)]
    [InlineData("US-IN", "US/East-Indiana", true)]
    [InlineData("US-VI", "America/Virgin", true)]
    [InlineData("US-AZ", "MST", true)]
    [InlineData("US-AZ", "US/Arizona", true)]
    [InlineData("UA-30", "Europe/Kiev", true)]
    public void A_link_zone_tab_does_not_list_counts_as_its_canonical_zone(string code, string link, bool expected)
    {
        Assert.False(TimeZoneIds.HasLocation(link));
        Assert.Equal(expected, JurisdictionZones.Contains(J(code), link));
    }

    [Theory]
    [InlineData("CA-QC", "America/Puerto_Rico")]
    [InlineData("FR-RE", "Asia/Dubai")]
    [InlineData("DE-BW", "Europe/Zurich")]
    [InlineData("MY-01", "Asia/Singapore")]
    [InlineData("CA-ON", "America/Panama")]
    [InlineData("NO-21", "Europe/Berlin")]
    public void A_zone_with_its_own_zone_tab_line_names_another_place_even_when_a_listed_zone_links_to_it(string code, string zone)
    {
        Assert.True(TimeZoneIds.HasLocation(zone));
        Assert.False(JurisdictionZones.Contains(J(code), zone));
    }

    [Theory]
    [InlineData("america/los_angeles")]
    [InlineData("America/Los_Angeles ")]
    [InlineData("Nowhere/Special")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_ids_and_null_are_nobodys_zone(string? zone)
    {
        Assert.False(JurisdictionZones.Contains(J("US-CA"), zone));
    }

    [Fact]
    public void Lookups_allocate_nothing()
    {
        var california = J("US-CA");
        var tenerife = J("ES-TF");
        var aberdeen = J("GB-ABD");
        Assert.True(Lookups(california, tenerife, aberdeen));
        bool all = true;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            all &= Lookups(california, tenerife, aberdeen);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(all);
        Assert.Equal(0, allocated);
    }

    // Plain comparisons, not assertions, inside the measured loop: assertions may allocate.
    private static bool Lookups(JurisdictionId california, JurisdictionId tenerife, JurisdictionId aberdeen) =>
        JurisdictionZones.Contains(california, "America/Los_Angeles")
        && JurisdictionZones.Contains(california, "US/Pacific")
        && !JurisdictionZones.Contains(california, "America/New_York")
        && JurisdictionZones.Contains(tenerife, "Atlantic/Canary")
        && JurisdictionZones.Contains(aberdeen, "Europe/London")
        && JurisdictionZones.Count(california) == 1
        && string.Equals(JurisdictionZones.Zone(tenerife, 0), "Atlantic/Canary", StringComparison.Ordinal)
        && !JurisdictionZones.Source(aberdeen).HasSubdivision;
}
