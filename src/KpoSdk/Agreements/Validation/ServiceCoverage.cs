using System.Collections.Immutable;
using KpoSdk.Time;

namespace KpoSdk.Agreements.Validation;

/// <summary>How one service's shifts cover its window: what was measured and the analysis.</summary>
internal sealed record ServiceCoverage(CoverageWindow Window, bool ByTeam, ImmutableArray<DeliveryCalendar> Calendars, CoverageAnalysis Analysis);
