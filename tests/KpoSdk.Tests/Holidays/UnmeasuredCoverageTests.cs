using KpoSdk.Tests.Agreements;
using KpoSdk.Time;
using NodaTime;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Holidays;

/// <summary>
/// Validation measures coverage only where every built-in holiday calendar knows its dates, and
/// says so (KPO0009, a warning) when that leaves part of the horizon unmeasured, instead of
/// silently reporting a shorter horizon as covered.
/// </summary>
public sealed class UnmeasuredCoverageTests
{
    // Whatever years the data knows when this runs: the test sits on the edge of the known range.
    private static readonly HolidayCalendar s_holidays = HolidayCalendar.For(J("IN-MH"));

    [Fact]
    public void Dates_beyond_a_calendars_known_holidays_are_reported_as_not_measured_naming_the_calendar()
    {
        var edge = s_holidays.KnownThrough;
        var date = edge.PlusDays(-20);

        var violations = Agreement(edge.PlusDays(-60), edge.PlusDays(60)).Validate(date);

        var warning = Assert.Single(violations, v => v.RuleId == DiagnosticIds.NoBuiltInHolidays);
        Assert.Equal(RuleSeverity.Warning, warning.Severity);
        Assert.Equal("services[0]", warning.Path);
        Assert.Contains($"coverage is measured on {date:uuuu-MM-dd} to {edge.PlusDays(-2):uuuu-MM-dd} only, not on all of {date:uuuu-MM-dd} to {edge.PlusDays(60):uuuu-MM-dd}", warning.Message, StringComparison.Ordinal);
        Assert.Contains($"IN-MH known {s_holidays.KnownFrom:uuuu-MM-dd} to {edge:uuuu-MM-dd}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_horizon_inside_the_known_years_gets_no_such_warning()
    {
        var edge = s_holidays.KnownThrough;

        var violations = Agreement(edge.PlusDays(-60), edge.PlusDays(-10)).Validate(edge.PlusDays(-50));

        Assert.DoesNotContain(violations, v => v.RuleId == DiagnosticIds.NoBuiltInHolidays);
    }

    [Fact]
    public void A_window_without_built_in_holidays_is_measured_throughout()
    {
        var edge = s_holidays.KnownThrough;
        var window = new CoverageWindow(Zone("Europe/Berlin"), Hours("Mon-Fri 09:00-17:00"));

        var violations = Agreement(edge.PlusDays(-60), edge.PlusDays(60), window).Validate(edge.PlusDays(-20));

        Assert.DoesNotContain(violations, v => v.RuleId == DiagnosticIds.NoBuiltInHolidays);
    }

    /// <summary>Bookkeeping for the German client from Krakow, its window closed on IN-MH's holidays (a test of the mechanism, not a realistic calendar).</summary>
    private static ServiceAgreement Agreement(LocalDate from, LocalDate to, CoverageWindow? window = null) => Samples.Agreement(
        "T-unmeasured", Rheinland, MeridianWithBookkeeping, EngagementModel.ThirdParty, new DateInterval(from, to), J("DE"),
        [Service(ServiceLine.Bookkeeping, ["Krakow"], [Bookkeeper()], coverage: window ?? new CoverageWindow(Zone("Europe/Berlin"), Hours("Mon-Fri 09:00-17:00")) { PublicHolidays = J("IN-MH") })],
        CleanBase);
}
