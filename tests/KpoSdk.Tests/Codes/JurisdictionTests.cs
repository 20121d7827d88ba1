using CsCheck;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Tests.Codes;

public class JurisdictionTests
{
    private static IEnumerable<Jurisdiction> AllSubdivisions => Country.All.SelectMany(c => c.Subdivisions);

    [Fact]
    public void Every_subdivision_round_trips_in_any_case()
    {
        int count = 0;
        foreach (var jurisdiction in AllSubdivisions)
        {
            Assert.True(jurisdiction.IsSubdivision);
            Assert.Equal(jurisdiction, Jurisdiction.Parse(jurisdiction.Code));
            Assert.Equal(jurisdiction, Jurisdiction.Parse(jurisdiction.Code.ToLowerInvariant()));
            Assert.Equal(jurisdiction.Code, jurisdiction.ToString());
            Assert.Equal($"{jurisdiction.Country.Alpha2}-{jurisdiction.SubdivisionCode}", jurisdiction.Code);
            count++;
        }

        Assert.Equal(Subdivisions.Count, count);
    }

    [Fact]
    public void A_country_is_a_jurisdiction()
    {
        Jurisdiction us = Country.US;
        Assert.False(us.IsSubdivision);
        Assert.Equal("US", us.Code);
        Assert.Null(us.SubdivisionCode);
        Assert.Null(us.Parent);
        Assert.Equal(us, Jurisdiction.Parse("US"));
    }

    [Fact]
    public void New_York_is_a_state_of_the_United_States()
    {
        var ny = Jurisdiction.Parse("US-NY");
        Assert.Equal(Country.US, ny.Country);
        Assert.Equal("NY", ny.SubdivisionCode);
        Assert.Equal("New York", ny.Name);
        Assert.Equal("State", ny.SubdivisionType);
        Assert.Equal((Jurisdiction)Country.US, ny.Parent);
        Assert.True(((Jurisdiction)Country.US).Contains(ny));
        Assert.False(ny.Contains(Country.US));
        Assert.False(((Jurisdiction)Country.UA).Contains(ny));
        Assert.True(ny > Country.US);
    }

    [Fact]
    public void Nested_subdivisions_know_their_parent()
    {
        var nested = AllSubdivisions.First(j => j.Parent is { IsSubdivision: true });
        Assert.True(nested.Parent!.Value.Contains(nested));
        Assert.True(((Jurisdiction)nested.Country).Contains(nested));
    }

    [Theory]
    [InlineData("US-XY", "US-XY")]
    [InlineData("US-", "US-")]
    [InlineData("US-NYCC", "US-NYCC")]
    [InlineData("XX-NY", "XX-NY")]
    [InlineData("UK-ENG", "UK-ENG")]
    [InlineData("USA-NY", "USA-NY")]
    [InlineData("US--NY", "US--NY")]
    public void Unknown_jurisdictions_are_rejected_quoting_the_input(string text, string quoted)
    {
        var ex = Assert.Throws<FormatException>(() => Jurisdiction.Parse(text));
        Assert.Contains($"'{quoted}'", ex.Message);
        Assert.False(Jurisdiction.TryParse(text, out _));
    }

    [Fact]
    public void Empty_input_is_called_empty()
    {
        var ex = Assert.Throws<FormatException>(() => Jurisdiction.Parse(""));
        Assert.Contains("empty", ex.Message);
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Jurisdiction.Parse((string)null!));
    }

    [Fact]
    public void Span_parsing_accepts_exactly_what_the_knowledge_parser_accepts()
    {
        // The analyzers use the string parser in KpoSdk.Knowledge; the runtime parses spans itself.
        var codes = AllSubdivisions.Select(j => j.Code).Concat(Country.All.Select(c => c.Alpha2)).ToArray();
        var gen = Gen.OneOf(
            Gen.Int[0, codes.Length - 1].Select(i => codes[i]),
            Gen.Int[0, codes.Length - 1].Select(i => codes[i]).SelectMany(c => Gen.Int[0, c.Length - 1].Select(i => c.Remove(i, 1))),
            Gen.Int[0, codes.Length - 1].Select(i => codes[i]).SelectMany(c => Gen.Char["-A0az9 "].SelectMany(ch => Gen.Int[0, c.Length].Select(i => c.Insert(i, ch.ToString())))),
            Gen.String[Gen.Char["-A0az9 ü"], 0, 8]);
        gen.Sample(text =>
        {
            bool runtime = Jurisdiction.TryParse(text.AsSpan(), out var j);
            bool knowledge = Jurisdictions.TryParse(text, out var id);
            Assert.Equal(knowledge, runtime);
            if (runtime)
            {
                Assert.Equal(Jurisdictions.Format(id), j.Code);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Parsing_allocates_nothing_on_success()
    {
        Jurisdiction.TryParse("US-NY".AsSpan(), out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool all = true;
        for (int i = 0; i < 1000; i++)
        {
            all &= Jurisdiction.TryParse("US-NY".AsSpan(), out _) && Jurisdiction.TryParse("in-mh", out _) && Jurisdiction.TryParse("UA-43", out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(all);
    }
}
