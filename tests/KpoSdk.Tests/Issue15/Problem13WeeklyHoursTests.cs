using KpoSdk.Time;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problem 13: WeeklyHours.Parse/TryParse cost grew quadratically (a 96 KB string took
/// 10 s and 4.3 GB), because every day of a clause was paired with every range of it. Allocation
/// is the measure here (GC.GetAllocatedBytesForCurrentThread), not wall-clock time.
/// </summary>
public sealed class Problem13WeeklyHoursTests
{
    private static string RepeatedDaysAndRanges(int n) =>
        "Mon" + string.Concat(Enumerable.Repeat(",Mon", n)) + " 09:00-10:00" + string.Concat(Enumerable.Repeat(",09:00-10:00", n));

    private static long Allocated(string text, out bool parsed)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        parsed = WeeklyHours.TryParse(text, out _);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Problem13_a_96_KB_weekly_hours_string_allocates_a_small_multiple_of_its_size()
    {
        string text = RepeatedDaysAndRanges(6000);

        long bytes = Allocated(text, out bool parsed);

        Assert.True(parsed);
        Assert.True(text.Length > 96_000);
        Assert.True(bytes < 200L * text.Length, $"{bytes:N0} bytes for {text.Length:N0} characters (the quadratic parser allocated 4.3 GB)");
    }

    [Theory]
    [InlineData("days and ranges")]
    [InlineData("clauses")]
    [InlineData("malformed at the end")]
    public void Problem13_weekly_hours_parsing_allocates_linearly(string shape)
    {
        Func<int, string> make = shape switch
        {
            "days and ranges" => RepeatedDaysAndRanges,
            "clauses" => n => string.Join("; ", Enumerable.Repeat("Mon-Sun 09:00-10:00, 11:00-12:00", n)),
            _ => n => RepeatedDaysAndRanges(n) + " x",
        };
        Allocated(make(10), out _);

        long small = Allocated(make(1000), out _);
        long large = Allocated(make(8000), out _);

        // Eight times the text: linear is about 8x, quadratic 64x.
        Assert.True(large < 16 * small, $"{shape}: {small:N0} bytes for n = 1000, {large:N0} for n = 8000");
    }
}
