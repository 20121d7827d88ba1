using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Tests.Codes;

public class LanguagesTests
{
    [Fact]
    public void Every_language_round_trips_through_each_of_its_codes_in_any_case()
    {
        for (int row = 0; row < Languages.Count; row++)
        {
            var codes = new List<string> { Languages.Code(row), Languages.Alpha3(row) };
            if (Languages.Bibliographic(row) is { } bibliographic)
            {
                codes.Add(bibliographic);
            }

            foreach (string code in codes)
            {
                Assert.True(Languages.TryFind(code, out int found), code);
                Assert.Equal(row, found);
                Assert.True(Languages.TryFind(code.ToUpperInvariant(), out found), code);
                Assert.Equal(row, found);
            }
        }
    }

    [Theory]
    [InlineData("de", "de", "deu")]
    [InlineData("deu", "de", "deu")]
    [InlineData("GER", "de", "deu")]
    [InlineData("fil", "fil", "fil")]
    [InlineData("zh", "zh", "zho")]
    [InlineData("cmn", "cmn", "cmn")]
    public void Codes_prefer_iso_639_1(string text, string code, string alpha3)
    {
        Assert.True(Languages.TryFind(text, out int row));
        Assert.Equal(code, Languages.Code(row));
        Assert.Equal(alpha3, Languages.Alpha3(row));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("engl")]
    [InlineData("e1")]
    [InlineData("jp")]
    [InlineData("und")]
    [InlineData("en-US")]
    [InlineData(" en")]
    public void Rejects_what_is_not_a_language_code(string? text)
    {
        Assert.False(Languages.TryFind(text, out int row));
        Assert.Equal(-1, row);
    }

    [Theory]
    [InlineData("jp", "ja")]
    [InlineData("cn", "zh")]
    [InlineData("gr", "el")]
    [InlineData("dk", "da")]
    [InlineData("ua", "uk")]
    [InlineData("cz", "cs")]
    [InlineData("iw", "he")]
    [InlineData("in", "id")]
    [InlineData("ji", "yi")]
    [InlineData("English", "en")]
    [InlineData("english", "en")]
    [InlineData("Greek", "el")]
    [InlineData("Japanese", "ja")]
    [InlineData("Malay", "ms")]
    [InlineData("Tagalog", "tl")]
    [InlineData("en-US", "en")]
    [InlineData("zh_Hant", "zh")]
    [InlineData("AT", "de")]
    [InlineData("Portugese", "pt")]
    public void Suggests_the_language_meant(string text, string expected)
    {
        Assert.Equal(expected, Languages.Suggest(text));
    }

    [Theory]
    [InlineData("Deutsch")]
    [InlineData("Hindustani")]
    [InlineData("xx")]
    public void Suggests_nothing_when_no_single_language_is_close(string text)
    {
        Assert.Null(Languages.Suggest(text));
    }

    [Fact]
    public void Kr_is_kanuri_not_a_mistake_for_korean()
    {
        Assert.True(Languages.TryFind("kr", out int row));
        Assert.Equal("Kanuri", Languages.Name(row));
    }

    [Fact]
    public void Aliases_are_never_valid_codes_and_point_at_valid_ones()
    {
        foreach (var (text, code) in LanguageAliases.All)
        {
            Assert.False(Languages.TryFind(text, out _), text);
            Assert.True(Languages.TryFind(code, out _), code);
        }
    }

    [Fact]
    public void Unknown_code_message_quotes_suggests_and_names_the_forms()
    {
        Assert.Equal("Unknown language code 'jp'. Did you mean 'ja' (Japanese)? " + Languages.Expected, Languages.DescribeUnknown("jp"));
        Assert.Equal("Unknown language code 'qqq'. " + Languages.Expected, Languages.DescribeUnknown("qqq"));
        Assert.StartsWith("The language code 'en-US' is a language tag with a region or script; a language is its ISO 639 code alone. Did you mean 'en' (English)?", Languages.DescribeUnknown("en-US"));
        Assert.StartsWith("The language code is empty.", Languages.DescribeUnknown(""));
        Assert.StartsWith("The language code 'en ' has leading or trailing whitespace. Did you mean 'en' (English)?", Languages.DescribeUnknown("en "));
        Assert.Contains("(100 characters)", Languages.DescribeUnknown(new string('x', 100)));
    }
}
