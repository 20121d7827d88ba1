using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.AttributeInputAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Input;

/// <summary>KPO0004 for calendar days past the range of a NodaTime Duration (2^24 days), which only the clock makes invalid.</summary>
public sealed class CalendarDayLimitTests
{
    [Fact]
    public Task Calendar_days_past_the_range_are_KPO0004_on_the_amount() => Verify.VerifyExpectingAsync(
        Sources.Contract("""[ResolutionTime("{|#0:P16777216D|}", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]"""),
        new DiagnosticResult(DiagnosticDescriptors.MalformedDuration).WithLocation(0).WithArguments(
            "'P16777216D' is too long for the calendar clock: expected at most 16777215 days, the range of a NodaTime Duration. Business days (the default clock) have no such limit."));

    [Theory]
    [InlineData("""[ResolutionTime("P16777215D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]""")]
    [InlineData("""[ResolutionTime("P16777216D")]""")]
    [InlineData("""[ResolutionTime("P16777216D", Clock = KpoSdk.Sla.SlaClockBasis.BusinessHours)]""")]
    public Task The_last_day_in_range_and_business_days_are_clean(string attribute) => Verify.VerifyAsync(Sources.Contract(attribute));
}
