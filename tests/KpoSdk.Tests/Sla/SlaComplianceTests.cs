using CsCheck;
using KpoSdk.Sla;
using NodaTime;
using static KpoSdk.Tests.Sla.SlaTestTimes;

namespace KpoSdk.Tests.Sla;

public class SlaComplianceTests
{
    private static readonly ServiceLevelTarget FourBusinessHours = ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(4), Office);

    [Fact]
    public void Counts_share_and_nearest_rank_percentiles_of_business_time()
    {
        // Ten tickets opened Monday 2027-01-11 at 09:00, answered after 1..10 business hours of
        // the 09:00-17:00 calendar (so 9 and 10 hours run into Tuesday); two more still open.
        var monday = Ny(2027, 1, 11, 9);
        var answered = Enumerable.Range(1, 10).Select(h => SlaClock.Start(FourBusinessHours, monday).Stop(Office.Add(monday, Duration.FromHours(h))));
        var open = new[]
        {
            SlaClock.Start(FourBusinessHours, Ny(2027, 1, 13, 9)),                             // 1 h in, in progress
            SlaClock.Start(FourBusinessHours, Ny(2027, 1, 12, 9)).Pause(Ny(2027, 1, 12, 10)),  // paused, in progress
            SlaClock.Start(FourBusinessHours, Ny(2027, 1, 14, 9)),                             // not started yet: left out
        };
        var asOf = Ny(2027, 1, 13, 10);

        var summary = SlaCompliance.Summarize([.. answered, .. open], asOf);

        Assert.Equal(asOf, summary.AsOf);
        Assert.Equal(12, summary.Count);
        Assert.Equal(4, summary.Met);          // 1, 2, 3 and exactly 4 hours
        Assert.Equal(6, summary.Breached);     // 5 to 10 hours
        Assert.Equal(2, summary.InProgress);
        Assert.Equal(10, summary.Completed);
        Assert.Equal(0.4, summary.ShareMet);
        Assert.Equal(Duration.FromHours(5), summary.P50);   // rank ⌈0.5·10⌉ = 5
        Assert.Equal(Duration.FromHours(9), summary.P90);   // rank 9
        Assert.Equal(Duration.FromHours(10), summary.P95);  // rank ⌈9.5⌉ = 10
        Assert.Equal(Duration.FromHours(1), summary.Percentile(1));
        Assert.Equal(Duration.FromHours(10), summary.Percentile(100));
    }

    [Fact]
    public void An_empty_summary_has_no_share_and_no_percentiles()
    {
        var summary = SlaCompliance.Summarize([], Ny(2027, 1, 11, 9));

        Assert.Equal((0, 0, 0, 0), (summary.Count, summary.Met, summary.Breached, summary.InProgress));
        Assert.Null(summary.ShareMet);
        Assert.Null(summary.P50);
        Assert.Null(summary.Percentile(100));
    }

    [Fact]
    public void Bad_arguments_are_named()
    {
        var summary = SlaCompliance.Summarize([], Ny(2027, 1, 11, 9));

        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => summary.Percentile(0)).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => summary.Percentile(101)).ParamName);
        Assert.Equal("clocks", Assert.Throws<ArgumentNullException>(() => SlaCompliance.Summarize(null!, Ny(2027, 1, 11, 9))).ParamName);
        Assert.Equal("clocks", Assert.Throws<ArgumentNullException>(() => SlaCompliance.Summarize([null!], Ny(2027, 1, 11, 9))).ParamName);
    }

    [Fact]
    public void Percentiles_are_the_smallest_observed_value_with_at_least_that_share_at_or_below_it()
    {
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.Resolution, Duration.FromHours(8));
        var start = Instant.FromUtc(2027, 1, 1, 0, 0);
        Gen.Select(Gen.Int[0, 600].Array[1, 40], Gen.Int[1, 100]).Sample((minutes, percent) =>
        {
            var clocks = minutes.Select(m => SlaClock.Start(target, start).Stop(start + Duration.FromMinutes(m)));
            var summary = SlaCompliance.Summarize(clocks, start + Duration.FromDays(1));

            // Definition, checked naively: the least x among the values with count(v <= x) * 100 >= percent * n.
            var expected = minutes.Where(x => minutes.Count(v => v <= x) * 100 >= percent * minutes.Length).Min();
            Assert.Equal(Duration.FromMinutes(expected), summary.Percentile(percent));
            Assert.Equal(minutes.Count(m => m <= 480), summary.Met);
        });
    }
}
