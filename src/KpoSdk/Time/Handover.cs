using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// The overlap of two consecutive delivery centers' open time (both on shift at once), from
/// <see cref="CoverageAnalysis.Handovers"/>: the time there is for handing work over.
/// </summary>
public sealed class Handover
{
    internal Handover(string from, string to, Duration overlap, IReadOnlyList<Interval> intervals)
    {
        From = from;
        To = to;
        Overlap = overlap;
        Intervals = intervals;
    }

    /// <summary>The name of the earlier center in the follow-the-sun order given.</summary>
    public string From { get; }

    /// <summary>The name of the next center.</summary>
    public string To { get; }

    /// <summary>The total time both centers are open within the analysed span (whether the client is open or not).</summary>
    public Duration Overlap { get; }

    /// <summary>The stretches in which both are open, ordered and disjoint; empty when their shifts never meet.</summary>
    public IReadOnlyList<Interval> Intervals { get; }

    /// <summary>E.g. <c>Kraków → Pune: 15:00:00 overlap in 5 stretches</c>.</summary>
    public override string ToString() =>
        $"{From} → {To}: {CoverageGap.Hours.Format(Overlap)} overlap in {Intervals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} stretch{(Intervals.Count == 1 ? string.Empty : "es")}";
}
