using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

/// <summary>"en:C1": the one parser of language requirements and skills, at run time and in the analyzers' document reader.</summary>
public sealed class LanguageLevelTextTests
{
    [Theory]
    [InlineData("en:C1", "en", CefrLevel.C1)]
    [InlineData("EN:c1", "en", CefrLevel.C1)]
    [InlineData("fil:A2", "fil", CefrLevel.A2)]
    [InlineData("deu:b2", "de", CefrLevel.B2)]
    public void Valid_text_gives_the_language_and_level(string text, string code, CefrLevel level)
    {
        Assert.Equal(LanguageLevelText.Problem.None, LanguageLevelText.Read(text, out int row, out var read, out _));
        Assert.Equal(code, Languages.Code(row));
        Assert.Equal(level, read);
    }

    [Theory]
    [InlineData("en", "NoColon", "The language requirement 'en' has no ':'; expected a language code, a colon and a CEFR level, e.g. 'en:C1'.")]
    [InlineData("xx:C1", "UnknownLanguage", "The language requirement 'xx:C1' names no known language before the ':'. Unknown language code 'xx'.")]
    [InlineData(":C1", "UnknownLanguage", "")]
    [InlineData("en:C3", "NotALevel", "'C3' in the language requirement 'en:C3' is not a CEFR level; expected A1, A2, B1, B2, C1 or C2.")]
    [InlineData("en:C1:", "NotALevel", "'C1:' in the language requirement 'en:C1:' is not a CEFR level")]
    [InlineData("en:", "NotALevel", "'' in the language requirement 'en:' is not a CEFR level")]
    public void Each_problem_has_its_message(string text, string expected, string messageStart)
    {
        var problem = Enum.Parse<LanguageLevelText.Problem>(expected);
        Assert.Equal(problem, LanguageLevelText.Read(text, out _, out _, out int colon));
        Assert.StartsWith(messageStart, LanguageLevelText.Describe(problem, text, colon), StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_calls_the_text_what_the_caller_names_it()
    {
        Assert.StartsWith("The language skill 'en' has no ':'", LanguageLevelText.Describe(LanguageLevelText.Problem.NoColon, "en", -1, "language skill"), StringComparison.Ordinal);
        Assert.StartsWith("'C9' in the language skill 'en:C9'", LanguageLevelText.Describe(LanguageLevelText.Problem.NotALevel, "en:C9", 2, "language skill"), StringComparison.Ordinal);
    }
}
