using CsCheck;
using KpoSdk.Knowledge.Codes;
using NodaTime;

namespace KpoSdk.Tests.Codes;

public class JurisdictionTimeZonesTests
{
    // The minor outlying islands without a zone.tab zone (the data's "unmapped_subdivisions").
    private static readonly string[] s_uninhabited = ["UM-67", "UM-76", "UM-81", "UM-84", "UM-86", "UM-89", "UM-95"];

    private static string[] Ids(Jurisdiction jurisdiction) => jurisdiction.TimeZones.Select(z => z.Id).ToArray();

    [Theory]
    [InlineData("US-CA", "America/Los_Angeles")]
    [InlineData("US-NY", "America/New_York")]
    [InlineData("US-TX", "America/Chicago America/Denver")]
    [InlineData("US-AL", "America/Chicago")]
    [InlineData("US-NV", "America/Los_Angeles America/Denver")]
    [InlineData("CA-QC", "America/Toronto America/Halifax America/Blanc-Sablon")]
    [InlineData("CA-SK", "America/Regina America/Swift_Current America/Edmonton")]
    [InlineData("AU-SA", "Australia/Adelaide")]
    [InlineData("AU-QLD", "Australia/Brisbane Australia/Lindeman")]
    [InlineData("RU-MOW", "Europe/Moscow")]
    [InlineData("MX-ROO", "America/Cancun")]
    [InlineData("CN-XJ", "Asia/Shanghai Asia/Urumqi")]
    public void A_subdivision_has_its_own_zones(string code, string zones)
    {
        Assert.Equal(zones.Split(' '), Ids(Jurisdiction.Parse(code)));
    }

    [Theory]
    [InlineData("US-PR", "America/Puerto_Rico")]
    [InlineData("US-GU", "Pacific/Guam")]
    [InlineData("US-VI", "America/St_Thomas")]
    [InlineData("CN-HK", "Asia/Hong_Kong")]
    [InlineData("FR-GP", "America/Guadeloupe")]
    public void A_territory_has_the_zone_zone_tab_files_under_its_own_code(string code, string zone)
    {
        var jurisdiction = Jurisdiction.Parse(code);
        Assert.Equal([zone], Ids(jurisdiction));
        Assert.DoesNotContain(jurisdiction.Country.TimeZones, z => z.Id == zone);
    }

    [Theory]
    [InlineData("IN-MH", "Asia/Kolkata")]
    [InlineData("GB-SCT", "Europe/London")]
    [InlineData("GB-ABD", "Europe/London")]
    [InlineData("FR-971", "America/Guadeloupe")]
    [InlineData("ES-TF", "Atlantic/Canary")]
    public void A_subdivision_without_its_own_zones_has_its_parents_or_its_countrys(string code, string zones)
    {
        Assert.Equal(zones.Split(' '), Ids(Jurisdiction.Parse(code)));
    }

    [Fact]
    public void A_whole_country_has_exactly_Country_TimeZones()
    {
        foreach (var country in Country.All)
        {
            Assert.Equal(country.TimeZones, new Jurisdiction(country).TimeZones);
        }
    }

    [Fact]
    public void The_zones_are_NodaTimes_tzdb_zones_and_repeat_reads_share_one_array()
    {
        var california = Jurisdiction.Parse("US-CA");
        Assert.Same(DateTimeZoneProviders.Tzdb["America/Los_Angeles"], california.TimeZones[0]);
        Assert.Equal(california.TimeZones, Jurisdiction.Parse("US-CA").TimeZones);
    }

    [Fact]
    public void Every_subdivision_of_a_multi_zone_country_has_zones_of_its_own()
    {
        foreach (var country in Country.All.Where(c => c.TimeZones.Length > 1))
        {
            foreach (var subdivision in country.Subdivisions)
            {
                Assert.True(subdivision.TimeZones.Length > 0, subdivision.Code);
                if (subdivision.Parent is { IsSubdivision: false })
                {
                    // Top-level: its own entry, unless tools/data/subdivision-zones.json documents it as uninhabited.
                    bool own = JurisdictionZones.Source(subdivision.Id) == subdivision.Id;
                    Assert.True(own || s_uninhabited.Contains(subdivision.Code), subdivision.Code);
                }
            }
        }
    }

    [Fact]
    public void A_subdivisions_zones_agree_with_the_knowledge_table() =>
        Gen.Int[0, Subdivisions.Count - 1].Sample(row =>
        {
            var jurisdiction = Jurisdiction.FromId(new JurisdictionId(Subdivisions.CountryOf(row), row));
            Assert.Equal(JurisdictionZones.List(jurisdiction.Id), Ids(jurisdiction));
            Assert.All(jurisdiction.TimeZones, zone => Assert.True(JurisdictionZones.Contains(jurisdiction.Id, zone.Id), zone.Id));
        }, iter: 1000);

    [Fact]
    public void Default_throws()
    {
        Assert.Throws<InvalidOperationException>(() => default(Jurisdiction).TimeZones);
    }
}
