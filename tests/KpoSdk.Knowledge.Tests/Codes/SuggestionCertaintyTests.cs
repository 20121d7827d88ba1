using KpoSdk.Knowledge.Checks;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

/// <summary>
/// Which "did you mean" suggestions are certain, the only value the text can mean (a code fix may
/// apply them in bulk), and which are guesses (offered, never applied unasked).
/// </summary>
public sealed class SuggestionCertaintyTests
{
    [Theory]
    [InlineData(" US ", "US", true)]           // white space
    [InlineData("UK", "GB", true)]             // another code of the same country
    [InlineData("GER", "DE", true)]
    [InlineData("Turkey", "TR", true)]         // an English name ISO does not give
    [InlineData("Germany", "DE", true)]        // a name, whole
    [InlineData("the Netherlands", "NL", true)]
    [InlineData("ZR", "CD", true)]             // a withdrawn code with one successor
    [InlineData("4", "AF", true)]              // a number without its zeros
    [InlineData("Germny", "DE", false)]        // a misspelt name
    [InlineData("Russia", "RU", false)]        // the start of a name
    [InlineData("GBT", "GB", false)]           // an alpha-3 code one typo away
    [InlineData("Scotland", "GB", false)]      // a part of the country
    [InlineData("ENG", "GB", false)]
    [InlineData("IC", "ES", false)]
    [InlineData("Holland", "NL", false)]
    [InlineData("America", "US", false)]       // also a continent
    public void Country_codes(string text, string expected, bool certain)
    {
        Assert.Equal(expected, Countries.Suggest(text, out bool isCertain));
        Assert.Equal(certain, isCertain);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("EU")]
    [InlineData("")]
    public void No_country_is_never_certain(string text)
    {
        Assert.Null(Countries.Suggest(text, out bool certain));
        Assert.False(certain);
    }

    [Theory]
    [InlineData("USA-NY", new[] { "US-NY" }, true)]     // the alpha-3 code as prefix
    [InlineData("usa-ny", new[] { "US-NY" }, true)]
    [InlineData("UK-ENG", new[] { "GB-ENG" }, true)]    // a synonym as prefix
    [InlineData(" US-NY", new[] { "US-NY" }, true)]
    [InlineData("US-New York", new[] { "US-NY" }, true)] // a subdivision's whole name
    [InlineData("UK", new[] { "GB" }, true)]
    [InlineData("US-XX", new[] { "US-TX" }, false)]     // one typo from Texas, and from nothing else: still a guess
    [InlineData("US-XY", new[] { "US-KY", "US-NY", "US-WY" }, false)]
    [InlineData("US-Texaz", new[] { "US-TX" }, false)]  // a misspelt name
    [InlineData("USA-XX", new[] { "US" }, false)]       // the country, dropping a subdivision it does not have
    [InlineData("AQ-XX", new[] { "AQ" }, false)]        // a country without subdivisions
    [InlineData("Scotland", new[] { "GB" }, false)]
    public void Jurisdiction_codes(string text, string[] expected, bool certain)
    {
        Assert.Equal(expected, Jurisdictions.Suggest(text, out bool isCertain));
        Assert.Equal(certain, isCertain);
    }

    [Theory]
    [InlineData("EN", "en", true)]
    [InlineData("en-US", "en", true)]       // the language of a tag
    [InlineData("jp", "ja", true)]          // a listed mistake
    [InlineData("iw", "he", true)]          // a withdrawn code
    [InlineData("English", "en", true)]
    [InlineData("Greek", "el", true)]
    [InlineData("englsh", "en", false)]     // a misspelt name
    [InlineData("Japan", "juk", false)]     // Wapan, the only language one typo away: why a lone neighbour is no certainty
    [InlineData("Portugese", "pt", false)]
    [InlineData("AT", "de", false)]         // a country's one official language
    public void Language_codes(string text, string expected, bool certain)
    {
        Assert.Equal(expected, Languages.Suggest(text, out bool isCertain));
        Assert.Equal(certain, isCertain);
    }

    [Theory]
    [InlineData("europe/berlin", new[] { "Europe/Berlin" }, true)]
    [InlineData("America/New York", new[] { "America/New_York" }, true)]
    [InlineData(" Asia/Kolkata ", new[] { "Asia/Kolkata" }, true)]
    [InlineData("Europe/Berln", new[] { "Europe/Berlin" }, false)]  // one typo away and alone: still a guess
    [InlineData("America/NewYork", new[] { "America/New_York" }, false)]
    public void Zone_ids(string text, string[] expected, bool certain)
    {
        Assert.Equal(expected, TimeZoneIds.Closest(text, TimeZoneIds.MaxSuggestions, out bool isCertain));
        Assert.Equal(certain, isCertain);
    }

    [Theory]
    [InlineData("US-CA", new[] { "America/Los_Angeles" }, true)]   // the subdivision's zones, not the country's
    [InlineData("IN", new[] { "Asia/Kolkata" }, true)]
    [InlineData("US-TX", new[] { "America/Chicago", "America/Denver" }, false)]
    public void Client_zones(string client, string[] expected, bool certain)
    {
        Assert.True(Jurisdictions.TryParse(client, out var id));
        Assert.Equal(expected, CoverageZoneCheck.Suggestions(id, out bool isCertain));
        Assert.Equal(certain, isCertain);
    }
}
