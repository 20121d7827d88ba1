using KpoSdk.Sla;
using NodaTime;
using static KpoSdk.Tests.Sla.SlaTestTimes;

namespace KpoSdk.Tests.Sla;

public class ServiceLevelTargetTests
{
    [Fact]
    public void The_three_kinds_of_amount()
    {
        var calendar = ServiceLevelTarget.WithinCalendarTime(SlaMetric.FirstResponse, Duration.FromHours(1));
        var business = ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(4), Office);
        var days = ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, Period.FromDays(3), Office);

        Assert.Equal((SlaClockBasis.CalendarTime, (Duration?)Duration.FromHours(1), (Period?)null), (calendar.Basis, calendar.Amount, calendar.BusinessDays));
        Assert.Equal((SlaClockBasis.BusinessHours, (Duration?)Duration.FromHours(4), (Period?)null), (business.Basis, business.Amount, business.BusinessDays));
        Assert.Equal((SlaClockBasis.BusinessHours, (Duration?)null, (Period?)Period.FromDays(3)), (days.Basis, days.Amount, days.BusinessDays));
        Assert.Same(Office, days.Calendar);
        Assert.Equal("FirstResponse within 1:00:00 calendar time", calendar.ToString());
        Assert.Equal("Resolution within 3 business days of America/New_York Mon-Fri 09:00-17:00 (0 holidays, 0 overrides), warnings 50/90 %", days.WithWarnings(90, 50).ToString());
    }

    [Fact]
    public void Warnings_are_sorted_and_replace_earlier_ones_and_equality_follows_them()
    {
        var target = ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(4), Office);

        Assert.Equal([50, 75, 90], target.WithWarnings(90, 50, 75).WarningPercentages);
        Assert.Equal([10], target.WithWarnings(90).WithWarnings(10).WarningPercentages);
        Assert.Equal(target.WithWarnings(50, 75), target.WithWarnings(75, 50));
        Assert.NotEqual(target.WithWarnings(50), target.WithWarnings(75));
        Assert.NotEqual(target, ServiceLevelTarget.WithinCalendarTime(SlaMetric.FirstResponse, Duration.FromHours(4)));
    }

    [Fact]
    public void Zero_and_negative_amounts_are_argument_errors_naming_the_amount()
    {
        var negative = Assert.Throws<ArgumentException>(() => ServiceLevelTarget.WithinCalendarTime(SlaMetric.FirstResponse, Duration.FromHours(-4)));
        Assert.Equal("amount", negative.ParamName);
        Assert.StartsWith("An SLA target must allow a positive amount of time; got -4:00:00.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.Zero, Office)).ParamName);
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("P-2D")]
    [InlineData("P1W")]
    [InlineData("P1DT4H")]
    [InlineData("P1M")]
    public void A_business_day_target_is_positive_days_only(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        var error = Assert.Throws<ArgumentException>(() => ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, period, Office));

        Assert.Equal("businessDays", error.ParamName);
        Assert.Contains($"got {text}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_warnings_and_nulls_are_rejected_by_name()
    {
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.FirstResponse, Duration.FromHours(1));

        Assert.Equal("percentages", Assert.Throws<ArgumentOutOfRangeException>(() => target.WithWarnings(50, 100)).ParamName);
        Assert.Equal("percentages", Assert.Throws<ArgumentOutOfRangeException>(() => target.WithWarnings(0)).ParamName);
        Assert.Contains("given twice", Assert.Throws<ArgumentException>(() => target.WithWarnings(75, 50, 75)).Message, StringComparison.Ordinal);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(1), null!)).ParamName);
        Assert.Equal("businessDays", Assert.Throws<ArgumentNullException>(() => ServiceLevelTarget.WithinBusinessDays(SlaMetric.FirstResponse, null!, Office)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevelTarget.WithinCalendarTime((SlaMetric)42, Duration.FromHours(1))).ParamName);
    }
}
