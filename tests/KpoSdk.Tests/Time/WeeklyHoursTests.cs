using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class WeeklyHoursTests
{
    [Fact]
    public void Parses_and_formats_canonically()
    {
        var hours = WeeklyHours.Parse("sat 10:00-14:00; mon-fri 9:00-12:00, 13:00-17:00");
        Assert.Equal("Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00", hours.ToString());
        Assert.Equal(hours, WeeklyHours.Parse(hours.ToString()));
    }

    [Fact]
    public void Exposes_typed_ranges_in_day_then_start_order()
    {
        var hours = WeeklyHours.Parse("Wed 22:00-06:00; Mon 09:00-24:00");
        Assert.Equal(
            [
                new WeeklyRange(IsoDayOfWeek.Monday, new LocalTime(9, 0), LocalTime.Midnight),
                new WeeklyRange(IsoDayOfWeek.Wednesday, new LocalTime(22, 0), new LocalTime(6, 0)),
            ],
            hours.Ranges);
        var night = hours.Ranges[1];
        Assert.True(night.EndsNextDay);
        Assert.Equal(Duration.FromHours(8), night.Length);
        Assert.True(hours.Ranges[0].EndsNextDay);
        Assert.Equal(Duration.FromHours(15), hours.Ranges[0].Length);
        Assert.Equal([new TimeRange(new LocalTime(22, 0), new LocalTime(6, 0))], hours.On(IsoDayOfWeek.Wednesday));
        Assert.Empty(hours.On(IsoDayOfWeek.Tuesday));
        Assert.Equal("Wed 22:00-06:00", night.ToString());
    }

    [Fact]
    public void Equality_is_by_canonical_content()
    {
        var a = WeeklyHours.Parse("Mon 09:00-12:00; Mon 12:00-17:00");
        var b = WeeklyHours.Parse("Mon 09:00-17:00");
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, WeeklyHours.Parse("Mon 09:00-17:01"));
        Assert.False(a == null);
    }

    [Fact]
    public void Always_open_and_closed()
    {
        Assert.Same(WeeklyHours.AlwaysOpen, WeeklyHours.Parse("Mon-Sun 00:00-24:00"));
        Assert.Equal("24x7", WeeklyHours.AlwaysOpen.ToString());
        Assert.True(WeeklyHours.AlwaysOpen.IsAlwaysOpen);
        Assert.True(WeeklyHours.Parse("Mon-Sun 12:00-12:00").IsAlwaysOpen);
        Assert.False(WeeklyHours.Parse("Mon-Sat 12:00-12:00").IsAlwaysOpen);
        Assert.True(WeeklyHours.Closed.IsNeverOpen);
        Assert.Equal("closed", WeeklyHours.Closed.ToString());
        Assert.Same(WeeklyHours.Closed, WeeklyHours.Create([]));
    }

    [Fact]
    public void Span_overloads_agree_with_string_ones()
    {
        ReadOnlySpan<char> text = "xx Mon-Fri 09:00-17:00".AsSpan(3);
        Assert.Equal(WeeklyHours.Parse("Mon-Fri 09:00-17:00"), WeeklyHours.Parse(text));
        Assert.True(WeeklyHours.TryParse(text, out var parsed));
        Assert.Equal("Mon-Fri 09:00-17:00", parsed.ToString());
        Assert.False(WeeklyHours.TryParse("Mon-Fry 09:00-17:00".AsSpan(), out _));
    }

    [Fact]
    public void Parse_error_quotes_input_position_and_expectation()
    {
        var ex = Assert.Throws<FormatException>(() => WeeklyHours.Parse("Mo 09:00-17:00"));
        Assert.Equal(
            "'Mo 09:00-17:00' is not valid weekly hours: expected a day name (Mon, Tue, Wed, Thu, Fri, Sat or Sun) at position 0, found 'Mo'. Did you mean 'Mon'?",
            ex.Message);
        Assert.False(WeeklyHours.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => WeeklyHours.Parse((string)null!));
    }

    [Fact]
    public void Factories_build_the_same_hours_as_the_text()
    {
        var weekdays = WeeklyHours.Create(IsoDayOfWeek.Monday, IsoDayOfWeek.Friday, new LocalTime(9, 0), new LocalTime(17, 0));
        Assert.Equal(WeeklyHours.Parse("Mon-Fri 09:00-17:00"), weekdays);
        var gulf = WeeklyHours.Create(IsoDayOfWeek.Sunday, IsoDayOfWeek.Thursday, new LocalTime(8, 0), new LocalTime(16, 0));
        Assert.Equal("Mon-Thu,Sun 08:00-16:00", gulf.ToString());
        var union = weekdays.Union(WeeklyHours.Parse("Sat 10:00-14:00"));
        Assert.Equal("Mon-Fri 09:00-17:00; Sat 10:00-14:00", union.ToString());
        Assert.Equal(union, WeeklyHours.Create(union.Ranges));
    }

    [Fact]
    public void Factories_reject_seconds_and_default_ranges()
    {
        var ex = Assert.Throws<ArgumentException>(() => new TimeRange(new LocalTime(9, 0, 30), new LocalTime(17, 0)));
        Assert.Equal("start", ex.ParamName);
        Assert.Contains("09:00:30", ex.Message);
        Assert.Throws<ArgumentException>(() => WeeklyHours.Create([new WeeklyRange(IsoDayOfWeek.Monday, default(TimeRange))]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklyRange(IsoDayOfWeek.None, TimeRange.AllDay));
    }

    [Fact]
    public void TimeRange_from_start_and_length_can_exceed_a_day()
    {
        var range = TimeRange.FromStartAndLength(new LocalTime(0, 0), Duration.FromHours(30));
        Assert.Equal(new LocalTime(6, 0), range.End);
        Assert.True(range.EndsNextDay);
        var hours = WeeklyHours.Create([new WeeklyRange(IsoDayOfWeek.Monday, range)]);
        Assert.Equal("Mon 00:00-24:00, 06:00-06:00", hours.ToString());
        Assert.Equal(hours, WeeklyHours.Parse(hours.ToString()));
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeRange.FromStartAndLength(new LocalTime(1, 0), Duration.FromHours(47)));
    }
}
