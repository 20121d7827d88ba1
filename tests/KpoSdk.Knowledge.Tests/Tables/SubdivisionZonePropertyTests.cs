using CsCheck;
using KpoSdk.Knowledge.Codes;
using static KpoSdk.Knowledge.Tests.Tables.SubdivisionZoneSource;

namespace KpoSdk.Knowledge.Tests.Tables;

public class SubdivisionZonePropertyTests
{
    private static readonly Gen<JurisdictionId> s_jurisdiction =
        Gen.Int[0, Subdivisions.Count - 1].Select(row => new JurisdictionId(Subdivisions.CountryOf(row), row));

    private static readonly Gen<string> s_zone = Gen.OneOf(TimeZoneIds.All.ToArray());

    // Zones zone.tab files under another code that an entry claims (US-PR → America/Puerto_Rico).
    private static readonly HashSet<(string Code, string Zone)> s_foreign = Entries
        .SelectMany(e => e.Entry.TryGetProperty("zone_country", out var map) ? map.EnumerateObject().Select(p => (e.Code, p.Name)) : [])
        .ToHashSet();

    [Fact]
    public void A_subdivisions_zones_are_distinct_zone_tab_zones_it_contains() =>
        s_jurisdiction.Sample(id =>
        {
            var zones = JurisdictionZones.List(id);
            Assert.Equal(zones.Count, zones.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(TimeZoneIds.ZoneCount(id.Country) > 0, zones.Count > 0);
            foreach (string zone in zones)
            {
                Assert.True(TimeZoneIds.HasLocation(zone), zone);
                Assert.True(JurisdictionZones.Contains(id, zone), zone);
            }
        }, iter: 2000);

    [Fact]
    public void A_subdivision_claims_no_zone_of_its_country_the_country_lacks_and_no_foreign_zone_undeclared() =>
        Gen.Select(s_jurisdiction, s_zone).Sample((id, zone) =>
        {
            if (!JurisdictionZones.Contains(id, zone))
            {
                return;
            }

            bool country = JurisdictionZones.Contains(id.CountryOnly, zone);
            var source = JurisdictionZones.Source(id);
            string code = Subdivisions.Code(source.HasSubdivision ? source.Subdivision : 0);
            bool declared = source.HasSubdivision && JurisdictionZones.List(source).Any(z => s_foreign.Contains((code, z)) && (z == zone || TimeZoneIds.Canonical(z) == TimeZoneIds.Canonical(zone)));
            Assert.True(country || declared, $"{Jurisdictions.Format(id)} claims {zone}");
        }, iter: 20000);

    [Fact]
    public void A_second_level_subdivision_has_no_zone_its_parent_lacks() =>
        s_jurisdiction.Where(id => Subdivisions.Parent(id.Subdivision) >= 0).Sample(id =>
        {
            var parent = new JurisdictionId(id.Country, Subdivisions.Parent(id.Subdivision));
            if (JurisdictionZones.Source(parent).HasSubdivision)
            {
                Assert.All(JurisdictionZones.List(id), zone => Assert.True(JurisdictionZones.Contains(parent, zone), $"{Jurisdictions.Format(id)}: {zone}"));
            }
        });
}
