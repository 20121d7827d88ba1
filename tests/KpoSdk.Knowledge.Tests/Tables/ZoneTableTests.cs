using KpoSdk.Knowledge.Codes;
using NodaTime.TimeZones;

namespace KpoSdk.Knowledge.Tests.Tables;

public class ZoneTableTests
{
    private static readonly TzdbDateTimeZoneSource s_nodaTime = TzdbDateTimeZoneSource.Default;

    [Fact]
    public void Tzdb_version_is_the_one_nodatime_bundles()
    {
        Assert.Equal(s_nodaTime.TzdbVersion, TimeZoneIds.TzdbVersion);
    }

    [Fact]
    public void Every_zone_id_nodatime_knows_is_known_and_vice_versa()
    {
        var nodaIds = s_nodaTime.GetIds().ToHashSet(StringComparer.Ordinal);
        foreach (string id in nodaIds)
        {
            Assert.True(TimeZoneIds.IsKnown(id), id);
        }

        foreach (string id in TimeZoneIds.All)
        {
            Assert.Contains(id, nodaIds);
        }

        Assert.Equal(nodaIds.Count, TimeZoneIds.All.Count);
    }

    [Fact]
    public void Canonical_ids_agree_with_nodatime()
    {
        foreach (var (id, canonical) in s_nodaTime.CanonicalIdMap)
        {
            Assert.Equal(canonical, TimeZoneIds.Canonical(id));
        }
    }

    [Fact]
    public void Zones_per_country_agree_with_nodatime_zone_locations()
    {
        var locations = s_nodaTime.ZoneLocations!;
        for (int row = 0; row < Countries.Count; row++)
        {
            string alpha2 = Countries.Alpha2(row);
            var expected = locations.Where(l => l.CountryCode == alpha2).Select(l => l.ZoneId).ToArray();
            var actual = Enumerable.Range(0, TimeZoneIds.ZoneCount(row)).Select(i => TimeZoneIds.Zone(row, i)).ToArray();
            Assert.Equal(expected, actual);
            foreach (string zone in actual)
            {
                Assert.Equal(row, TimeZoneIds.CountryOf(zone));
            }
        }
    }
}
