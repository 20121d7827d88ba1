using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Tables;

public class LanguageTableTests
{
    private static readonly IReadOnlyList<Dictionary<string, string>> s_source = SourceData.IsoCodes("iso_639-3.json", "639-3");

    [Fact]
    public void Every_individual_language_and_macrolanguage_is_present_with_the_same_fields()
    {
        var kept = s_source.Where(e => e["scope"] is "I" or "M").ToArray();
        Assert.Equal(kept.Length, Languages.Count);
        foreach (var entry in kept)
        {
            Assert.True(Languages.TryFind(entry["alpha_3"], out int row), entry["alpha_3"]);
            Assert.Equal(entry["alpha_3"], Languages.Alpha3(row));
            Assert.Equal(entry.Field("alpha_2"), Languages.Alpha2(row));
            Assert.Equal(entry.Field("alpha_2") ?? entry["alpha_3"], Languages.Code(row));
            Assert.Equal(entry.Field("bibliographic"), Languages.Bibliographic(row));
            Assert.Equal(entry["name"], Languages.Name(row));
            Assert.Equal(entry["scope"] == "M" ? LanguageScope.Macrolanguage : LanguageScope.Individual, Languages.Scope(row));
        }
    }

    [Theory]
    [InlineData("mis")]
    [InlineData("mul")]
    [InlineData("und")]
    [InlineData("zxx")]
    public void Special_codes_are_not_languages(string code)
    {
        Assert.Contains(s_source, e => e["alpha_3"] == code && e["scope"] == "S");
        Assert.False(Languages.TryFind(code, out _));
    }

    [Fact]
    public void Rows_are_in_alpha3_order()
    {
        for (int row = 1; row < Languages.Count; row++)
        {
            Assert.True(string.CompareOrdinal(Languages.Alpha3(row - 1), Languages.Alpha3(row)) < 0, Languages.Alpha3(row));
        }
    }
}
