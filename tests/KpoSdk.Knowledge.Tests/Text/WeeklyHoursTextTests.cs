using KpoSdk.Knowledge.Text;

namespace KpoSdk.Knowledge.Tests.Text;

public class WeeklyHoursTextTests
{
    [Theory]
    [InlineData("Mon-Fri 09:00-17:00; Sat 10:00-14:00", "Mon-Fri 09:00-17:00; Sat 10:00-14:00")]
    [InlineData("Mon,Wed 22:00-06:00", "Mon,Wed 22:00-06:00")]
    [InlineData("Mon-Fri 09:00-12:00, 13:00-17:00", "Mon-Fri 09:00-12:00, 13:00-17:00")]
    [InlineData("24x7", "24x7")]
    [InlineData("  24X7 ", "24x7")]
    [InlineData("Mon-Sun 00:00-24:00", "24x7")]
    [InlineData("Mon-Sun 00:00-00:00", "24x7")]
    [InlineData("closed", "closed")]
    [InlineData("CLOSED", "closed")]
    [InlineData("mon-fri 9:00-17:00", "Mon-Fri 09:00-17:00")]
    [InlineData("Sat 10:00-14:00; Mon-Fri 09:00-17:00", "Mon-Fri 09:00-17:00; Sat 10:00-14:00")]
    [InlineData("Mon 09:00-12:00; Mon 11:00-17:00", "Mon 09:00-17:00")]
    [InlineData("Mon 13:00-17:00, 09:00-13:00", "Mon 09:00-17:00")]
    [InlineData("Mon 09:00-12:00; Tue-Fri 09:00-12:00", "Mon-Fri 09:00-12:00")]
    [InlineData("Sat-Mon 10:00-14:00", "Mon,Sat-Sun 10:00-14:00")]
    [InlineData("Mon , Wed - Thu\t10:00 - 14:00 ;Fri 10:00-11:00", "Mon,Wed-Thu 10:00-14:00; Fri 10:00-11:00")]
    [InlineData("Mon 22:00-00:00", "Mon 22:00-24:00")]
    [InlineData("Mon 09:00-09:00", "Mon 09:00-09:00")]
    [InlineData("Mon 20:00-23:00; Mon 22:00-02:00", "Mon 20:00-02:00")]
    [InlineData("Mon 00:00-24:00; Mon 22:00-06:00", "Mon 00:00-24:00, 06:00-06:00")]
    [InlineData("Mon 08:00-09:00; Tue 08:00-09:00; Thu 08:00-09:00", "Mon-Tue,Thu 08:00-09:00")]
    public void Formats_canonically(string text, string canonical)
    {
        var model = WeeklyHoursText.Parse(text);
        Assert.Equal(canonical, WeeklyHoursText.Format(model));
        Assert.Equal(model, WeeklyHoursText.Parse(canonical));
    }

    [Fact]
    public void Models_ranges_as_minutes_per_iso_day()
    {
        var model = WeeklyHoursText.Parse("Mon,Wed 22:00-06:00; Fri 09:00-24:00");
        Assert.Equal([new MinuteRange(22 * 60, 30 * 60)], model.On(1));
        Assert.Empty(model.On(2));
        Assert.Equal([new MinuteRange(22 * 60, 30 * 60)], model.On(3));
        Assert.Equal([new MinuteRange(9 * 60, 24 * 60)], model.On(5));
        Assert.True(model.On(1)[0].CrossesMidnight);
        Assert.False(model.On(5)[0].CrossesMidnight);
    }

    [Fact]
    public void Keeps_ranges_of_different_days_apart_even_when_they_overlap_in_time()
    {
        // Monday's night shift runs into Tuesday morning; a holiday on Tuesday must not close it,
        // so it cannot merge with Tuesday's own range.
        var model = WeeklyHoursText.Parse("Mon 22:00-06:00; Tue 05:00-09:00");
        Assert.Equal([new MinuteRange(1320, 1800)], model.On(1));
        Assert.Equal([new MinuteRange(300, 540)], model.On(2));
    }

    [Fact]
    public void Merges_a_day_into_a_range_longer_than_24_hours_and_round_trips_it()
    {
        var model = WeeklyHoursText.Parse("Mon 00:00-24:00; Mon 22:00-06:00");
        Assert.Equal([new MinuteRange(0, 1800)], model.On(1));
        Assert.Equal(model, WeeklyHoursText.Parse(model.ToString()));
    }

    [Fact]
    public void TryParse_returns_false_without_throwing()
    {
        Assert.False(WeeklyHoursText.TryParse(null, out _));
        Assert.False(WeeklyHoursText.TryParse("Mo 09:00-17:00", out var none));
        Assert.Null(none);
        Assert.True(WeeklyHoursText.TryParse("Mon 09:00-17:00", out var model));
        Assert.Equal("Mon 09:00-17:00", model.ToString());
    }
}
