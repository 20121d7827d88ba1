using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class JurisdictionsTests
{
    [Fact]
    public void Every_subdivision_round_trips_in_any_case()
    {
        for (int row = 0; row < Subdivisions.Count; row++)
        {
            string code = Subdivisions.Code(row);
            foreach (string text in new[] { code, code.ToLowerInvariant() })
            {
                Assert.True(Jurisdictions.TryParse(text, out var id), text);
                Assert.Equal(new JurisdictionId(Subdivisions.CountryOf(row), row), id);
                Assert.Equal(code, Jurisdictions.Format(id));
            }

            string suffix = code[3..];
            Assert.Equal(row, Subdivisions.Find(Subdivisions.CountryOf(row), suffix[0], suffix.Length > 1 ? suffix[1] : '\0', suffix.Length > 2 ? suffix[2] : '\0', suffix.Length));
        }
    }

    [Theory]
    [InlineData("US", "US")]
    [InlineData("usa", "US")]
    [InlineData("840", "US")]
    [InlineData("us-ny", "US-NY")]
    [InlineData("IN-MH", "IN-MH")]
    [InlineData("UA-43", "UA-43")]
    [InlineData("GB-SCT", "GB-SCT")]
    [InlineData("cz-20a", "CZ-20A")]
    public void Parses_countries_and_subdivisions_to_their_canonical_form(string text, string formatted)
    {
        Assert.True(Jurisdictions.TryParse(text, out var id));
        Assert.Equal(formatted, Jurisdictions.Format(id));
        Assert.Equal(formatted.Length > 3, id.HasSubdivision);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("US-")]
    [InlineData("-NY")]
    [InlineData("US-XY")]
    [InlineData("US-NYC")]
    [InlineData("USA-NY")]
    [InlineData("840-NY")]
    [InlineData("US_NY")]
    [InlineData("US-N?")]
    [InlineData("US-NY ")]
    [InlineData("UK-ENG")]
    [InlineData("AQ-XX")]
    public void Rejects_what_is_not_a_jurisdiction(string? text)
    {
        Assert.False(Jurisdictions.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Find_rejects_suffixes_of_the_wrong_shape()
    {
        Assert.True(Countries.TryFind("US", out int us));
        Assert.Equal(-1, Subdivisions.Find(us, 'N', 'Y', '\0', 0));
        Assert.Equal(-1, Subdivisions.Find(us, 'N', 'Y', '\0', 4));
        Assert.Equal(-1, Subdivisions.Find(us, 'N', '\0', '\0', 2));
        Assert.Equal(-1, Subdivisions.Find(us, '-', 'Y', '\0', 2));
        Assert.Equal(-1, Subdivisions.Find(-1, 'N', 'Y', '\0', 2));
        Assert.Equal(-1, Subdivisions.Find(Countries.Count, 'N', 'Y', '\0', 2));
        Assert.NotEqual(-1, Subdivisions.Find(us, 'n', 'y', 'x', 2));
    }

    [Fact]
    public void Parents_resolve_within_the_same_country()
    {
        int sct = Subdivisions.FindCode("GB-SCT"), abd = Subdivisions.FindCode("GB-ABD");
        Assert.Equal(sct, Subdivisions.Parent(abd));
        Assert.Equal(-1, Subdivisions.Parent(sct));
        for (int row = 0; row < Subdivisions.Count; row++)
        {
            int parent = Subdivisions.Parent(row);
            Assert.True(parent < 0 || Subdivisions.CountryOf(parent) == Subdivisions.CountryOf(row), Subdivisions.Code(row));
        }
    }
}
