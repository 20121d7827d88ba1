namespace KpoSdk.Tests.Codes;

public class LanguageTests
{
    [Theory]
    [InlineData("en", "en", "eng")]
    [InlineData("EN", "en", "eng")]
    [InlineData("eng", "en", "eng")]
    [InlineData("ger", "de", "deu")]
    [InlineData("deu", "de", "deu")]
    [InlineData("yue", "yue", "yue")]
    [InlineData("fil", "fil", "fil")]
    public void Parses_639_1_639_3_and_639_2B_codes_to_the_canonical_code(string text, string code, string alpha3)
    {
        var language = Language.Parse(text);
        Assert.Equal(code, language.Code);
        Assert.Equal(alpha3, language.Alpha3);
        Assert.Equal(language, Language.Parse(language.ToString()));
    }

    [Theory]
    [InlineData("jp", "ja")]
    [InlineData("cn", "zh")]
    [InlineData("English", "en")]
    public void Near_misses_are_rejected_with_a_suggestion(string text, string suggestion)
    {
        var ex = Assert.Throws<FormatException>(() => Language.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.Contains($"'{suggestion}'", ex.Message);
        Assert.False(Language.TryParse(text, out _));
    }

    [Theory]
    [InlineData("e")]
    [InlineData("en-US")]
    [InlineData("zz")]
    [InlineData(" en")]
    public void Garbage_is_rejected_quoting_it(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Language.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
    }

    [Fact]
    public void Empty_input_is_called_empty()
    {
        var ex = Assert.Throws<FormatException>(() => Language.Parse(""));
        Assert.Contains("empty", ex.Message);
        Assert.Contains("ISO 639", ex.Message);
    }

    [Fact]
    public void Requirements_round_trip_and_compare_levels()
    {
        var requirement = LanguageRequirement.Parse("EN:c1");
        Assert.Equal("en:C1", requirement.ToString());
        Assert.Equal(requirement, LanguageRequirement.Parse(requirement.ToString()));
        Assert.True(requirement.IsMetBy(Language.English, CefrLevel.C2));
        Assert.True(requirement.IsMetBy(Language.English, CefrLevel.C1));
        Assert.False(requirement.IsMetBy(Language.English, CefrLevel.B2));
        Assert.False(requirement.IsMetBy(Language.Parse("de"), CefrLevel.C2));
    }

    [Theory]
    [InlineData("en", "':'")]
    [InlineData("en:D1", "'D1'")]
    [InlineData("en:C3", "'C3'")]
    [InlineData("xx:C1", "'xx'")]
    public void Malformed_requirements_are_rejected_quoting_the_bad_part(string text, string quoted)
    {
        var ex = Assert.Throws<FormatException>(() => LanguageRequirement.Parse(text));
        Assert.Contains(quoted, ex.Message);
        Assert.False(LanguageRequirement.TryParse(text, out _));
    }
}
