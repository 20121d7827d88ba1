using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class DayHoursTextTests
{
    [Theory]
    [InlineData("09:00-12:00, 13:00-17:00", "09:00-12:00, 13:00-17:00")]
    [InlineData("13:00-17:00,09:00-13:00", "09:00-17:00")]
    [InlineData("22:00-06:00", "22:00-06:00")]
    [InlineData(" closed ", "closed")]
    public void Parses_and_formats_the_hours_of_a_day(string text, string canonical)
    {
        var ranges = DayHoursText.Parse(text);
        Assert.Equal(canonical, DayHoursText.Format(ranges));
        Assert.Equal(ranges, DayHoursText.Parse(canonical));
    }

    [Theory]
    [InlineData("", 0, "end of input", "a range such as '09:00-17:00', or 'closed'")]
    [InlineData("Mon 09:00-17:00", 0, "'Mon'", "a range such as '09:00-17:00', or 'closed'")]
    [InlineData("09:00-17:00;", 11, "';'", "',' and another range, or end of input")]
    [InlineData("closed 09:00-10:00", 7, "'09:00'", "end of input ('closed' stands alone)")]
    public void Reports_errors_with_position(string text, int position, string found, string expected)
    {
        var error = DayHoursText.Read(text).Error!;
        Assert.Equal(position, error.Position);
        Assert.Equal(found, error.Found);
        Assert.Equal(expected, error.Expected);
        var ex = Assert.Throws<FormatException>(() => DayHoursText.Parse(text));
        Assert.StartsWith($"'{text}' is not valid hours of a day: expected {expected} at position {position}, found {found}.", ex.Message);
    }
}
