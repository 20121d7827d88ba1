using KpoSdk.Analyzers.Tests.Infrastructure;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.AttributeInputAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Input;

/// <summary>KPO0002-0005 in the contract attributes.</summary>
public sealed class ContractValueTests
{
    [Fact]
    public Task Valid_zone_hours_targets_and_languages_are_clean() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow("Asia/Calcutta", "Mon-Fri 09:00-12:00, 13:00-17:00; Sat 10:00-14:00")]
        [ResponseTime("PT1H30M", Warnings = new[] { 50, 75, 90 })]
        [ResolutionTime("P3D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
        [RequiresLanguage("en", CefrLevel.C1)]
        [RequiresLanguage("fil", CefrLevel.B2)]
        """));

    [Fact]
    public Task Unknown_zone_is_KPO0002() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow("{|KPO0002:America/NewYork|}", "Mon-Fri 09:00-17:00")]
        """));

    [Fact]
    public Task Null_zone_is_KPO0002() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow({|KPO0002:null|}, "24x7")]
        """));

    [Fact]
    public Task Malformed_weekly_hours_underline_the_offending_token() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow("America/New_York", "{|KPO0005:Mo|}-Fri 09:00-17:00")]
        """));

    [Theory]
    [InlineData("""[ResponseTime("P4{|KPO0004:H|}")]""")]
    [InlineData("""[ResponseTime("{|KPO0004:p|}t4h")]""")]
    [InlineData("""[ResolutionTime("P{|KPO0004:2W|}")]""")]
    [InlineData("""[ResolutionTime("P1D{|KPO0004:T4H|}")]""")]
    [InlineData("""[ResolutionTime("{|KPO0004:PT0S|}")]""")]
    [InlineData("""[ResponseTime("P{|KPO0004:1Y|}")]""")]
    public Task Malformed_or_unsupported_targets_are_KPO0004(string attribute) =>
        Verify.VerifyAsync(Sources.Contract(attribute));

    [Fact]
    public Task Warning_thresholds_out_of_range_or_repeated_are_KPO0004() => Verify.VerifyAsync(Sources.Contract("""
        [ResponseTime("PT4H", Warnings = new[] { 50, {|KPO0004:0|}, 75, {|KPO0004:50|} })]
        [ResolutionTime("P3D", Warnings = [90, {|KPO0004:100|}])]
        """));

    [Fact]
    public Task Unknown_language_is_KPO0003() => Verify.VerifyAsync(Sources.Contract("""
        [RequiresLanguage("{|KPO0003:jp|}", CefrLevel.B2)]
        [RequiresLanguage("{|KPO0003:en-US|}", CefrLevel.B2)]
        """));

    [Fact]
    public Task A_holidays_jurisdiction_with_built_in_holidays_is_clean() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00", Holidays = "US-NY")]
        """));

    [Fact]
    public Task An_unknown_holidays_code_is_KPO0001() => Verify.VerifyAsync(Sources.Contract("""
        [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00", Holidays = "{|KPO0001:US-XX|}")]
        """));

    [Fact]
    public Task A_holidays_jurisdiction_without_built_in_holidays_is_KPO0009_with_the_run_times_message() => Verify.VerifyExpectingAsync(
        Sources.Contract("""
            [CoverageWindow("America/Sao_Paulo", "Mon-Fri 09:00-17:00", Holidays = "{|#0:BR-SP|}")]
            """),
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KPO0009", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            Assert.Throws<KpoSdk.Time.HolidayDataUnavailableException>(() => KpoSdk.Time.HolidayCalendar.For(Jurisdiction.Parse("BR-SP"))).Message));
}
