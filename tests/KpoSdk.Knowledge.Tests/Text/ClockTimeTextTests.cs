using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class ClockTimeTextTests
{
    [Theory]
    [InlineData("09:00", false, 540, "09:00")]
    [InlineData("9:05", false, 545, "09:05")]
    [InlineData("23:59", false, 1439, "23:59")]
    [InlineData("24:00", true, 1440, "24:00")]
    public void Parses_times(string text, bool allowEndOfDay, int minutes, string canonical)
    {
        Assert.Equal(minutes, ClockTimeText.Read(text, allowEndOfDay).GetValueOrThrow());
        Assert.Equal(canonical, ClockTimeText.Format(minutes));
    }

    [Theory]
    [InlineData("24:00", 0, "'24:00'", "a start hour from 00 to 23 (24:00 is allowed only as an end)")]
    [InlineData("9", 0, "'9'", "a time in the form HH:mm such as '09:00'")]
    [InlineData("09:00 ", 5, "' '", "end of input after HH:mm")]
    [InlineData("09:00:30", 0, "'09:00:30'", "a time in the form HH:mm, without seconds")]
    public void Reports_errors_with_position(string text, int position, string found, string expected)
    {
        var error = ClockTimeText.Read(text).Error!;
        Assert.Equal((position, found, expected), (error.Position, error.Found, error.Expected));
        var ex = Assert.Throws<FormatException>(() => ClockTimeText.Read(text).GetValueOrThrow());
        Assert.StartsWith($"'{text}' is not a valid clock time: expected {expected} at position {position}, found {found}.", ex.Message);
    }
}
