using KpoSdk.Knowledge.Codes;
using static KpoSdk.Knowledge.Tests.Tables.SubdivisionZoneSource;

namespace KpoSdk.Knowledge.Tests.Tables;

public class SubdivisionZoneTableTests
{
    [Fact]
    public void Every_entry_of_the_data_file_is_a_subdivisions_own_zones()
    {
        int entries = 0;
        foreach (var (code, entry) in Entries)
        {
            var id = new JurisdictionId(Subdivisions.CountryOf(Subdivisions.FindCode(code)), Subdivisions.FindCode(code));
            Assert.Equal(id, JurisdictionZones.Source(id));
            Assert.Equal(Zones(entry), JurisdictionZones.List(id));
            entries++;
        }

        Assert.Equal(SubdivisionZoneTable.Count, entries);
        Assert.True(entries > 700, $"only {entries} subdivisions have zones");
    }

    [Fact]
    public void Every_subdivision_of_a_multi_zone_country_has_its_own_zones_except_uninhabited_ones()
    {
        var unmapped = Keys("unmapped_subdivisions");
        var checkedCountries = new List<string>();
        for (int country = 0; country < Countries.Count; country++)
        {
            if (TimeZoneIds.ZoneCount(country) < 2 || Subdivisions.CountOf(country) == 0)
            {
                continue;
            }

            checkedCountries.Add(Countries.Alpha2(country));
            for (int row = Subdivisions.FirstOf(country); row < Subdivisions.FirstOf(country) + Subdivisions.CountOf(country); row++)
            {
                var id = new JurisdictionId(country, row);
                string code = Subdivisions.Code(row);
                if (unmapped.Contains(code))
                {
                    Assert.False(JurisdictionZones.Source(id).HasSubdivision, code);
                    continue;
                }

                // A second-level subdivision may take its parent's zones (GB-ABD aside, no multi-zone country needs that today).
                var source = JurisdictionZones.Source(id);
                Assert.True(source.HasSubdivision, $"{code} has no zones of its own or of a parent subdivision");
                Assert.True(source == id || Subdivisions.Parent(row) >= 0, code);
                Assert.NotEqual(0, JurisdictionZones.Count(id));
            }
        }

        Assert.Contains("US", checkedCountries);
        Assert.Contains("RU", checkedCountries);
        Assert.Contains("AU", checkedCountries);
    }

    [Fact]
    public void Every_zone_of_a_covered_country_is_a_zone_of_one_of_its_subdivisions_except_the_documented_ones()
    {
        var exceptions = Keys("unmapped_zones");
        foreach (string alpha2 in CoveredCountries)
        {
            Assert.True(Countries.TryFind(alpha2, out int country), alpha2);
            for (int i = 0; i < TimeZoneIds.ZoneCount(country); i++)
            {
                string zone = TimeZoneIds.Zone(country, i);
                bool owned = Enumerable.Range(Subdivisions.FirstOf(country), Subdivisions.CountOf(country))
                    .Any(row => JurisdictionZones.Contains(new JurisdictionId(country, row), zone));
                Assert.True(owned || exceptions.Contains(zone) || exceptions.Contains(alpha2), $"{alpha2} {zone} belongs to none of its subdivisions");
                Assert.False(owned && exceptions.Contains(zone), $"{zone} is listed as unmapped but a subdivision has it");
            }
        }
    }

    [Fact]
    public void The_documented_exceptions_are_few_and_explained()
    {
        var exceptions = Root.GetProperty("unmapped_zones").EnumerateObject().ToArray();
        Assert.Equal(["AQ", "PF", "America/Danmarkshavn", "America/Thule"], exceptions.Select(e => e.Name));
        Assert.All(exceptions, e => Assert.False(string.IsNullOrWhiteSpace(e.Value.GetString())));
    }
}
