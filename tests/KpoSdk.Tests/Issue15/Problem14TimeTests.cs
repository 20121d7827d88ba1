using KpoSdk.Rules;
using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problem 14: OverflowException from a business-day target of 214,747 days and from
/// SLA clocks near the ends of Instant, OpenIntervals throwing at exactly 2150-01-01,
/// SkippedTimeException from CoverageAnalysis for Pacific/Apia, and NullReferenceException or
/// InvalidOperationException from inside the Rule constructor.
/// </summary>
public sealed class Problem14TimeTests
{
    private static readonly BusinessCalendar Office = BusinessCalendar.Create("UTC", "Mon-Fri 09:00-17:00");

    [Fact]
    public void Problem14_a_business_day_target_of_214747_days_is_made_and_a_clock_says_it_cannot_be_reached()
    {
        var target = ServiceLevelTarget.WithinBusinessDays(SlaMetric.Resolution, Period.FromDays(214_747), Office);

        Assert.Equal(214_747, target.BusinessDays!.Days);
        var error = Assert.Throws<InvalidOperationException>(() => SlaClock.Start(target, Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Contains("fewer than 214747 business days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem14_a_calendar_time_clock_near_the_ends_of_Instant_reports_its_status()
    {
        var target = ServiceLevelTarget.WithinCalendarTime(SlaMetric.Resolution, Duration.FromHours(4));

        var late = SlaClock.Start(target, Instant.MaxValue - Duration.FromHours(1)).StatusAt(Instant.MaxValue);
        var early = SlaClock.Start(target, Instant.MinValue).StatusAt(Instant.MaxValue);
        var paused = SlaClock.Start(target, Instant.MinValue).Pause(Instant.MinValue + Duration.FromHours(1)).StatusAt(Instant.MaxValue);

        Assert.Null(late.Deadline);
        Assert.False(late.Breached);
        Assert.True(early.Breached);
        Assert.Equal(Instant.MinValue + Duration.FromHours(4), early.Deadline);
        Assert.Equal(Duration.FromHours(1), paused.Elapsed);
    }

    [Fact]
    public void Problem14_open_intervals_from_exactly_the_end_of_the_range_are_empty()
    {
        var end = BusinessCalendar.MaxInstant;
        var always = BusinessCalendar.Create("UTC", "24x7");

        Assert.Empty(always.OpenIntervals(end, end));
        Assert.Empty(always.OpenIntervals(new Interval(end, end)));
        Assert.Equal([new Interval(end - Duration.FromHours(1), end)], always.OpenIntervals(end - Duration.FromHours(1), end));
        Assert.Throws<ArgumentOutOfRangeException>(() => always.OpenIntervals(end + Duration.Epsilon, end + Duration.Epsilon));
    }

    [Theory]
    [InlineData("Pacific/Apia")]
    [InlineData("Pacific/Fakaofo")]
    public void Problem14_coverage_over_a_date_the_zone_skipped_whole_counts_it_as_empty(string zone)
    {
        // Samoa and Tokelau moved west of the date line: their clocks went from 29 December 2011
        // 23:59:59 to 31 December 00:00, so 30 December has no instant at all.
        var client = BusinessCalendar.Create(zone, "Mon-Fri 09:00-17:00");

        var skipped = CoverageAnalysis.Analyze(client, new DateInterval(new LocalDate(2011, 12, 30), new LocalDate(2011, 12, 30)), new DeliveryCalendar("same", client));
        var around = CoverageAnalysis.Analyze(client, new DateInterval(new LocalDate(2011, 12, 29), new LocalDate(2012, 1, 2)), new DeliveryCalendar("same", client));

        Assert.Equal(Duration.Zero, skipped.Required);
        Assert.Equal(skipped.Span.Start, skipped.Span.End);
        Assert.Equal(Duration.FromHours(16), around.Required); // Thursday 29 December and Monday 2 January
        Assert.True(around.IsFullyCovered);
    }

    public static TheoryData<string, Func<Rule>, string> BadRules => new()
    {
        { "kind", () => Make(kind: default), "kind" },
        { "severity", () => Make(severity: (RuleSeverity)42), "severity" },
        { "null service selector", () => Make(scope: () => new RuleScope([null!], [new RuleRoute(["*"], ["*"])])), "services" },
        { "null route", () => Make(scope: () => new RuleScope(["all"], [null!])), "routes" },
        { "default licensing country", () => Make(scope: () => new RuleScope(["all"], [new RuleRoute(["*"], ["*"])], true, [default(Country)])), "subdivisionLicensingCountries" },
        { "null exemption", () => Make(exempt: [null!]), "exemptDeliveries" },
        { "null mechanism option", () => Make(satisfiedBy: [null!]), "satisfiedBy" },
        { "undefined safeguard", () => Make(satisfiedBy: [new SafeguardOption([default(Safeguard)])]), "safeguards" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public void Problem14_a_rule_with_a_default_or_null_member_is_an_ArgumentException_naming_the_parameter(string name, Func<Rule> create, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);

        Assert.True(error.ParamName == parameter, $"{name}: {error.GetType().Name} for '{error.ParamName}': {error.Message}");
    }

    private static Rule Make(
        RuleKind kind = RuleKind.Embargo,
        RuleSeverity severity = RuleSeverity.Error,
        Func<RuleScope>? scope = null,
        IEnumerable<ExemptDelivery>? exempt = null,
        IEnumerable<SafeguardOption>? satisfiedBy = null) =>
        new("acme-test", "KPO1001", kind, severity, "Title", "Message", "Citation", null, null, scope?.Invoke() ?? new RuleScope(["all"], [new RuleRoute(["*"], ["*"])]), exempt, satisfiedBy);
}
