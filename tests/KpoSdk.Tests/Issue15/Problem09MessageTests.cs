using KpoSdk.Knowledge.Text;
using KpoSdk.Time;

namespace KpoSdk.Tests.Issue15;

/// <summary>Issue 15, problem 9: run-time messages that read badly, named the wrong type or quoted a 1 MB input whole.</summary>
public sealed class Problem09MessageTests
{
    private static readonly string Megabyte = new('x', 1_000_000);

    [Fact]
    public void Problem09_a_duration_error_says_a_valid_ISO_8601_duration()
    {
        var error = IsoPeriodText.Read("PT4X").Error!;

        Assert.Equal("'PT4X' is not a valid ISO 8601 duration: expected a unit designator H, M or S after the number at position 3, found 'X'.", error.Message);
    }

    [Fact]
    public void Problem09_the_P1W_message_puts_the_reason_after_the_position()
    {
        var error = TargetAmountText.Read("P1W").Error!;

        Assert.Equal(
            "'P1W' is not a valid response or resolution time: expected days ('P10D') or time units ('PT4H') at position 1, found '1W'. Years, months and weeks have no fixed length in business time. Did you mean 'P5D' (5 business days) or, on the calendar clock, 'P7D'?",
            error.Message);
    }

    public static TheoryData<string, Func<string, object>> Parsers => new()
    {
        { "Country", s => Country.Parse(s) },
        { "Jurisdiction", s => Jurisdiction.Parse(s) },
        { "Language", s => Language.Parse(s) },
        { "LanguageRequirement", s => LanguageRequirement.Parse(s) },
        { "LanguageRequirement with colon", s => LanguageRequirement.Parse(s + ":C1") },
        { "LanguageRequirement with level", s => LanguageRequirement.Parse("en:" + s) },
        { "LanguageSkill", s => LanguageSkill.Parse(s) },
        { "WeeklyHours", s => WeeklyHours.Parse(s) },
        { "WeeklyHours after a valid start", s => WeeklyHours.Parse("Mon 09:00-17:00; " + s) },
        { "HoursOverride", s => HoursOverride.Parse(s) },
        { "HoursOverride hours", s => HoursOverride.Parse("2026-01-01 " + s) },
    };

    [Theory]
    [MemberData(nameof(Parsers))]
    public void Problem09_a_1_MB_input_is_quoted_as_a_bounded_prefix(string name, Func<string, object> parse)
    {
        var error = Assert.Throws<FormatException>(() => parse(Megabyte));

        Assert.True(error.Message.Length < 1000, $"{name}: a message of {error.Message.Length} characters");
        Assert.Contains("'xxxxxxxxxx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx:C1", "The language requirement 'xx:C1' names no known language before the ':'.")]
    [InlineData("en:D9", "'D9' in the language requirement 'en:D9' is not a CEFR level")]
    [InlineData("english", "The language requirement 'english' has no ':'")]
    public void Problem09_a_language_requirement_error_quotes_the_text_given(string text, string expected)
    {
        Assert.Contains(expected, Assert.Throws<FormatException>(() => LanguageRequirement.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem09_a_language_skill_error_calls_it_a_skill_and_quotes_it()
    {
        var error = Assert.Throws<FormatException>(() => LanguageSkill.Parse("xx:C1"));

        Assert.StartsWith("The language skill 'xx:C1' names no known language", error.Message, StringComparison.Ordinal);
    }
}
