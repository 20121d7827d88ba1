namespace KpoSdk.Knowledge.Tests;

public class CalendarDateTests
{
    [Theory]
    [InlineData("2025-07-01", 2025, 7, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Parses_iso_dates(string text, int y, int m, int d)
    {
        var date = CalendarDate.Parse(text);
        Assert.Equal((y, m, d), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-7-01")]
    [InlineData("")]
    public void Rejects_invalid_dates_quoting_them(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CalendarDate.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
    }

    [Fact]
    public void Orders_chronologically()
    {
        Assert.True(CalendarDate.Parse("2022-06-07") < CalendarDate.Parse("2022-06-08"));
        Assert.True(CalendarDate.Parse("2021-12-31") < CalendarDate.Parse("2022-01-01"));
    }
}
