using System.Globalization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class CountriesTests
{
    [Fact]
    public void Every_country_round_trips_through_each_code_in_any_case()
    {
        for (int row = 0; row < Countries.Count; row++)
        {
            string alpha2 = Countries.Alpha2(row), alpha3 = Countries.Alpha3(row);
            string numeric = Countries.Numeric(row).ToString("D3", CultureInfo.InvariantCulture);
            foreach (string code in new[] { alpha2, alpha2.ToLowerInvariant(), alpha2[0] + alpha2[1..].ToLowerInvariant(), alpha3, alpha3.ToLowerInvariant(), numeric })
            {
                Assert.True(Countries.TryFind(code, out int found), code);
                Assert.Equal(row, found);
            }

            Assert.Equal(row, Countries.Find(alpha2[0], alpha2[1], '\0', 2));
            Assert.Equal(row, Countries.Find(alpha3[0], alpha3[1], alpha3[2], 3));
            Assert.Equal(row, Countries.Find(numeric[0], numeric[1], numeric[2], 3));
            Assert.Equal(row, Countries.FindByNumeric(Countries.Numeric(row)));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("U")]
    [InlineData("USAA")]
    [InlineData(" US")]
    [InlineData("US ")]
    [InlineData("U1")]
    [InlineData("4")]
    [InlineData("0840")]
    [InlineData("999")]
    [InlineData("8A0")]
    [InlineData("ÜS")]
    [InlineData("UK")]
    [InlineData("XX")]
    [InlineData("GER")]
    public void Rejects_what_is_not_a_current_code(string? text)
    {
        Assert.False(Countries.TryFind(text, out int row));
        Assert.Equal(-1, row);
    }

    [Theory]
    [InlineData('U', 'S', 'A', 1)]
    [InlineData('U', 'S', 'A', 4)]
    [InlineData('[', 'A', '\0', 2)]
    [InlineData('@', 'A', 'A', 3)]
    public void Find_rejects_wrong_lengths_and_characters_next_to_letters(char c0, char c1, char c2, int length)
    {
        Assert.Equal(-1, Countries.Find(c0, c1, c2, length));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(1000)]
    public void Find_by_numeric_rejects_unassigned_numbers(int numeric)
    {
        Assert.Equal(-1, Countries.FindByNumeric(numeric));
    }

    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("uk", "GB")]
    [InlineData("EL", "GR")]
    [InlineData("GER", "DE")]
    [InlineData("SUI", "CH")]
    [InlineData("Germany", "DE")]
    [InlineData("germany", "DE")]
    [InlineData("United States of America", "US")]
    [InlineData("South Korea", "KR")]
    [InlineData("Russia", "RU")]
    [InlineData("Germny", "DE")]
    [InlineData("ZR", "CD")]
    [InlineData("ZAR", "CD")]
    [InlineData("DDR", "DE")]
    [InlineData("BUR", "MM")]
    [InlineData("4", "AF")]
    [InlineData("40", "AT")]
    [InlineData(" US ", "US")]
    [InlineData("GBT", "GB")]
    [InlineData("Turkey", "TR")]
    [InlineData("Holland", "NL")]
    public void Suggests_the_country_meant(string text, string expected)
    {
        Assert.Equal(expected, Countries.Suggest(text));
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("SU")]
    [InlineData("CS")]
    [InlineData("Korea")]
    [InlineData("UAS")]
    [InlineData("Hollnd")]
    [InlineData("XK")]
    [InlineData("")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Suggests_nothing_when_no_single_country_is_close(string text)
    {
        Assert.Null(Countries.Suggest(text));
    }

    [Fact]
    public void Aliases_are_never_valid_codes_and_point_at_valid_ones()
    {
        foreach (var (text, alpha2) in CountryAliases.All)
        {
            Assert.False(Countries.TryFind(text, out _), text);
            Assert.True(Countries.TryFind(alpha2, out _), alpha2);
        }
    }
}
