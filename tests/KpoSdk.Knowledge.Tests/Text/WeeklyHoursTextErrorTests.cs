using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class WeeklyHoursTextErrorTests
{
    [Theory]
    [InlineData("Mo 09:00-17:00", 0, "'Mo'", "a day name", "Did you mean 'Mon'?")]
    [InlineData("Monday 09:00-17:00", 0, "'Monday'", "a day name", "Did you mean 'Mon'?")]
    [InlineData("Mon-Fr 09:00-17:00", 4, "'Fr'", "a day name", "Did you mean 'Fri'?")]
    [InlineData("Xyz 09:00-17:00", 0, "'Xyz'", "a day name", null)]
    [InlineData("", 0, "end of input", "a day name such as 'Mon', or '24x7', or 'closed'", null)]
    [InlineData("09:00-17:00", 0, "'09:00'", "a day name such as 'Mon'", null)]
    [InlineData("Mon", 3, "end of input", "opening hours such as '09:00-17:00' after the days", null)]
    [InlineData("Mon09:00-17:00", 3, "'09:00'", "a space between the days and the hours", null)]
    [InlineData("Mon 9-17", 4, "'9'", "a time in the form HH:mm", null)]
    [InlineData("Mon 0900-1700", 4, "'0900'", "a time in the form HH:mm", null)]
    [InlineData("Mon 09:00", 9, "end of input", "'-' between the start and the end time", null)]
    [InlineData("Mon 09:00-", 10, "end of input", "an end time in the form HH:mm", null)]
    [InlineData("Mon 09:00:00-17:00", 4, "'09:00:00'", "without seconds", null)]
    [InlineData("Mon 25:00-17:00", 4, "'25:00'", "a start hour from 00 to 23", null)]
    [InlineData("Mon 24:00-06:00", 4, "'24:00'", "24:00 is allowed only as an end", null)]
    [InlineData("Mon 09:00-24:30", 10, "'24:30'", "an end no later than 24:00", null)]
    [InlineData("Mon 09:60-17:00", 7, "'60'", "minutes from 00 to 59", null)]
    [InlineData("Mon 09:00-17:00;", 16, "end of input", "a day name", null)]
    [InlineData("Mon 09:00-17:00 Tue 09:00-17:00", 16, "'Tue'", "';' and another clause", null)]
    [InlineData("Mon, 09:00-17:00", 5, "'09:00'", "a day name", null)]
    [InlineData("24x7; Mon 09:00-17:00", 4, "';'", "end of input ('24x7' stands alone)", null)]
    [InlineData("Mon 09:00-17:00, Tue 10:00-11:00", 17, "'Tue'", "a time in the form HH:mm", null)]
    public void Reports_position_found_token_and_expectation(string text, int position, string found, string expected, string? hint)
    {
        var result = WeeklyHoursText.Read(text);
        Assert.False(result.Succeeded);
        var error = result.Error!;
        Assert.Equal(position, error.Position);
        Assert.Equal(found, error.Found);
        Assert.Contains(expected, error.Expected);
        Assert.Equal(hint, error.Hint);

        var ex = Assert.Throws<FormatException>(() => WeeklyHoursText.Parse(text));
        Assert.Equal(error.Message, ex.Message);
        Assert.StartsWith($"'{text}' is not valid weekly hours: expected ", ex.Message);
        Assert.Contains($" at position {position}, found {found}.", ex.Message);
    }

    [Fact]
    public void Message_reads_as_one_sentence_with_the_suggestion()
    {
        var error = WeeklyHoursText.Read("Mo 09:00-17:00").Error!;
        Assert.Equal(
            "'Mo 09:00-17:00' is not valid weekly hours: expected a day name (Mon, Tue, Wed, Thu, Fri, Sat or Sun) at position 0, found 'Mo'. Did you mean 'Mon'?",
            error.Message);
        Assert.Equal(2, error.Length);
    }

    [Fact]
    public void Parse_rejects_null_with_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => WeeklyHoursText.Parse(null!));
    }
}
