using System.Globalization;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The overlap of two consecutive delivery centers' open time (both on shift at once), from
/// <see cref="CoverageAnalysis.Handovers"/>: the time there is for handing work over.
/// </summary>
public sealed class Handover
{
    private readonly List<(long Start, long End)> _positions;
    private Interval[]? _intervals;

    internal Handover(string from, string to, Duration overlap, List<(long Start, long End)> positions)
    {
        From = from;
        To = to;
        Overlap = overlap;
        _positions = positions;
    }

    /// <summary>The name of the earlier center in the follow-the-sun order given.</summary>
    public string From { get; }

    /// <summary>The name of the next center.</summary>
    public string To { get; }

    /// <summary>The total time both centers are open within the analysed span (whether the client is open or not).</summary>
    public Duration Overlap { get; }

    /// <summary>The stretches in which both are open, ordered and disjoint; empty when their shifts never meet.</summary>
    /// <remarks>Built on first use: most reports need only <see cref="Overlap"/>.</remarks>
    public IReadOnlyList<Interval> Intervals =>
        _intervals ??= _positions.Select(p => new Interval(Coverage.CoverageSweep.ToInstant(p.Start), Coverage.CoverageSweep.ToInstant(p.End))).ToArray();

    /// <summary>E.g. <c>Kraków → Pune: 15:00:00 overlap in 5 stretches</c>.</summary>
    public override string ToString() =>
        $"{From} → {To}: {CoverageGap.Hours.Format(Overlap)} overlap in {Intervals.Count.ToString(CultureInfo.InvariantCulture)} stretch{(Intervals.Count == 1 ? string.Empty : "es")}";
}
