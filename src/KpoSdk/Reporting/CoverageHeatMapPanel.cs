using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Reporting;

/// <summary>One panel of a <see cref="CoverageHeatMap"/>: a coverage analysis with its captions.</summary>
/// <param name="Title">The panel's heading, e.g. a contract's or a service's name.</param>
/// <param name="Caption">A line under the heading: service, client, window, centres, share covered.</param>
/// <param name="Analysis">The coverage to draw: its client calendar's weekly hours (without holidays) are the window, its open time with holidays is what is required, its uncovered intervals are red.</param>
/// <param name="CenterZones">The zones of the centres that deliver, for the marks of weeks in which the client and a centre change clocks on different dates.</param>
public sealed record CoverageHeatMapPanel(string Title, string Caption, CoverageAnalysis Analysis, IReadOnlyList<DateTimeZone> CenterZones);
