using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

/// <summary>The lookups the runtime's parsers call allocate nothing once the tables are loaded.</summary>
public class NoAllocationTests
{
    [Fact]
    public void Successful_lookups_allocate_nothing()
    {
        Lookups();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Lookups();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Lookups()
    {
        Assert.True(Countries.TryFind("us", out _));
        Assert.True(Countries.TryFind("USA", out _));
        Assert.True(Countries.TryFind("840", out _));
        Assert.True(Countries.Find('D', 'E', '\0', 2) >= 0);
        Assert.True(Jurisdictions.TryParse("US-NY", out _));
        Assert.True(Jurisdictions.TryParse("gb-sct", out _));
        Assert.True(Languages.TryFind("ger", out _));
        Assert.True(TimeZoneIds.IsKnown("America/New_York"));
        Assert.NotNull(TimeZoneIds.Canonical("Asia/Calcutta"));
        Assert.True(TimeZoneIds.CountryOf("Europe/Amsterdam") >= 0);
    }
}
