using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Tables;

public class SubdivisionTableTests
{
    private static readonly IReadOnlyList<Dictionary<string, string>> s_source = SourceData.IsoCodes("iso_3166-2.json", "3166-2");

    [Fact]
    public void Every_iso_codes_subdivision_is_present_with_the_same_fields()
    {
        Assert.Equal(s_source.Count, Subdivisions.Count);
        foreach (var entry in s_source)
        {
            string code = entry["code"];
            int row = Subdivisions.FindCode(code);
            Assert.True(row >= 0, code);
            Assert.Equal(code, Subdivisions.Code(row));
            Assert.Equal(entry["name"], Subdivisions.Name(row));
            Assert.Equal(entry["type"], Subdivisions.Type(row));
            Assert.Equal(code[..2], Countries.Alpha2(Subdivisions.CountryOf(row)));

            // iso-codes writes a parent as "GB-NIR" or as the part after the country ("NX").
            string? parent = entry.Field("parent");
            string? expectedParent = parent is null ? null : parent.Contains('-') ? parent : code[..3] + parent;
            Assert.Equal(expectedParent, Subdivisions.Parent(row) < 0 ? null : Subdivisions.Code(Subdivisions.Parent(row)));
        }
    }

    [Fact]
    public void A_countrys_subdivisions_are_contiguous_and_cover_the_table()
    {
        int covered = 0;
        for (int country = 0; country < Countries.Count; country++)
        {
            int first = Subdivisions.FirstOf(country);
            Assert.Equal(covered, first);
            for (int row = first; row < first + Subdivisions.CountOf(country); row++)
            {
                Assert.Equal(country, Subdivisions.CountryOf(row));
            }

            covered += Subdivisions.CountOf(country);
        }

        Assert.Equal(Subdivisions.Count, covered);
    }

    [Theory]
    [InlineData("US", 57)]
    [InlineData("IN", 36)]
    [InlineData("AQ", 0)]
    public void Counts_per_country_match_the_source(string alpha2, int expected)
    {
        Assert.True(Countries.TryFind(alpha2, out int country));
        Assert.Equal(expected, Subdivisions.CountOf(country));
        Assert.Equal(expected, s_source.Count(e => e["code"].StartsWith(alpha2 + "-", StringComparison.Ordinal)));
    }
}
