using KpoSdk.Time.Coverage;
using NodaTime;

namespace KpoSdk.Time;

/// <summary>
/// How well one or more delivery centers (follow-the-sun) cover a client's business hours over a
/// range of the client's dates: the required, covered and uncovered business time, the gaps, each
/// center's contribution and the hand-over overlap between consecutive centers. Created by
/// <see cref="Analyze"/>; immutable.
/// </summary>
/// <remarks>
/// <para>The analysed span is every instant whose date in the client's zone lies in
/// <see cref="Dates"/>: from the start of the first date to the start of the day after the last
/// (the first instant at which the zone's wall clock reads that date: a day that starts in a DST
/// gap starts after it, and a date the zone skips whole, such as 2011-12-30 in Pacific/Apia, is
/// empty).
/// A client range that crosses midnight out of the last date is cut there; one that reaches into
/// the first date from the day before counts from midnight.</para>
/// <para>Required time is the client's open time in the span (rule 3 of
/// <see cref="BusinessCalendar"/>: the measure of the union of its open intervals); it is covered
/// where at least one center is open at the same instant. Centers are compared by instants, each
/// in its own zone, which is what finds the weeks of March and October/November in which US and
/// European clocks change on different dates.</para>
/// <para>Cost: one merge of the calendars' open intervals, linear in their number.</para>
/// </remarks>
public sealed class CoverageAnalysis
{
    private CoverageAnalysis(
        BusinessCalendar client,
        DateInterval dates,
        Interval span,
        CoverageSweep sweep,
        IReadOnlyList<DeliveryCalendar> centers,
        IReadOnlyList<(int From, int To)> pairs)
    {
        Client = client;
        Dates = dates;
        Span = span;
        Required = Duration.FromNanoseconds(sweep.Required);
        Covered = Duration.FromNanoseconds(sweep.Covered);
        Uncovered = Duration.FromNanoseconds(sweep.Uncovered);
        Gaps = sweep.Gaps
            .Select(g => new CoverageGap(CoverageSweep.ToInstant(g.Start).InZone(client.Zone), CoverageSweep.ToInstant(g.End).InZone(client.Zone)))
            .ToArray();
        UncoveredIntervals = Gaps.Select(g => g.Interval).ToArray();
        UncoveredDates = Gaps
            .SelectMany(g => DatesOf(g, client.Zone))
            .Distinct()
            .ToArray();
        Centers = centers
            .Select((c, i) => new CenterCoverage(
                c.Name,
                Duration.FromNanoseconds(sweep.CenterOpen[i]),
                Duration.FromNanoseconds(sweep.CenterCovered[i]),
                Duration.FromNanoseconds(sweep.CenterExclusive[i])))
            .ToArray();
        Handovers = pairs
            .Select((p, i) => new Handover(
                centers[p.From - 1].Name,
                centers[p.To - 1].Name,
                Duration.FromNanoseconds(sweep.PairOverlap[i]),
                sweep.PairIntervals[i]))
            .ToArray();
    }

    /// <summary>The client's calendar.</summary>
    public BusinessCalendar Client { get; }

    /// <summary>The client's dates analysed, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>The analysed span as instants: from the start of the first date to the start of the day after the last, in the client's zone.</summary>
    public Interval Span { get; }

    /// <summary>The client's business time within the span.</summary>
    public Duration Required { get; }

    /// <summary>The part of <see cref="Required"/> during which at least one center is open.</summary>
    public Duration Covered { get; }

    /// <summary>The part of <see cref="Required"/> during which no center is open; <c>Covered + Uncovered == Required</c>.</summary>
    public Duration Uncovered { get; }

    /// <summary>Whether every moment of required time is covered.</summary>
    public bool IsFullyCovered => Uncovered == Duration.Zero;

    /// <summary><see cref="Covered"/> as a fraction of <see cref="Required"/>, from 0 to 1; 1 when nothing is required.</summary>
    public double CoveredShare => Required == Duration.Zero ? 1.0 : Covered.TotalNanoseconds / Required.TotalNanoseconds;

    /// <summary>The uncovered stretches, ordered, disjoint and not touching, each within the client's open time; their total is <see cref="Uncovered"/>.</summary>
    public IReadOnlyList<Interval> UncoveredIntervals { get; }

    /// <summary>The same stretches as <see cref="UncoveredIntervals"/>, with their ends in the client's zone for reporting.</summary>
    public IReadOnlyList<CoverageGap> Gaps { get; }

    /// <summary>The client's dates (in its zone) on which some business time is uncovered, ascending.</summary>
    public IReadOnlyList<LocalDate> UncoveredDates { get; }

    /// <summary>Each center's contribution, in the order given.</summary>
    public IReadOnlyList<CenterCoverage> Centers { get; }

    /// <summary>
    /// The overlap of consecutive centers in the order given (a follow-the-sun chain): first with
    /// second, second with third, …, and, with three or more centers, last with first. Empty for a
    /// single center.
    /// </summary>
    public IReadOnlyList<Handover> Handovers { get; }

    /// <summary>
    /// Analyses how <paramref name="centers"/> cover <paramref name="client"/>'s business hours on
    /// the client's <paramref name="dates"/>.
    /// </summary>
    /// <param name="client">The calendar whose business hours must be covered.</param>
    /// <param name="dates">The client's local dates to analyse, both ends included.</param>
    /// <param name="centers">The delivery centers, in follow-the-sun order (which only matters for <see cref="Handovers"/>); at least one, at most 63, names unique.</param>
    /// <exception cref="ArgumentNullException">An argument or a center is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="centers"/> is empty, has more than 63 centers, or repeats a name.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reaches outside the range business calendars cover (1900 to 2149).</exception>
    public static CoverageAnalysis Analyze(BusinessCalendar client, DateInterval dates, params IEnumerable<DeliveryCalendar> centers)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(centers);
        var list = centers.ToArray();
        CheckCenters(list);

        var span = SpanOf(client.Zone, dates);
        var pairs = Enumerable.Range(1, list.Length - 1).Select(i => (i, i + 1)).ToList();
        if (list.Length >= 3)
        {
            pairs.Add((list.Length, 1));
        }

        var sweep = CoverageSweep.Run(client, list.Select(c => c.Calendar).ToArray(), span.Start, span.End, [.. pairs]);
        return new CoverageAnalysis(client, dates, span, sweep, list, pairs);
    }

    private static void CheckCenters(DeliveryCalendar[] centers)
    {
        if (centers.Length == 0)
        {
            throw new ArgumentException("Coverage needs at least one delivery calendar; got none.", nameof(centers));
        }

        if (centers.Length > CoverageSweep.MaxCenters)
        {
            throw new ArgumentException($"Coverage compares at most {CoverageSweep.MaxCenters} delivery calendars at once; got {centers.Length}.", nameof(centers));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var center in centers)
        {
            ArgumentNullException.ThrowIfNull(center, nameof(centers));
            if (!names.Add(center.Name))
            {
                throw new ArgumentException($"Two delivery calendars are named '{center.Name}'; names identify the centers in the analysis and must be unique.", nameof(centers));
            }
        }
    }

    private static Interval SpanOf(DateTimeZone zone, DateInterval dates)
    {
        var first = BusinessCalendar.MinInstant.InZone(zone).Date.PlusDays(1);
        var last = BusinessCalendar.MaxInstant.InZone(zone).Date.PlusDays(-2);
        if (dates.Start < first || dates.End > last)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dates),
                dates,
                $"Coverage can be analysed for dates from {MessageText.Of(first)} to {MessageText.Of(last)} in {zone.Id}; got {MessageText.Of(dates.Start)} to {MessageText.Of(dates.End)}.");
        }

        return new Interval(StartOf(zone, dates.Start), StartOf(zone, dates.End.PlusDays(1)));
    }

    /// <summary>
    /// The first instant at which the wall clock reads <paramref name="date"/> or later: midnight,
    /// or the end of a gap that skips it. AtStartOfDay throws for a date that is skipped whole
    /// (Pacific/Apia and Pacific/Fakaofo skipped 2011-12-30 when they crossed the date line); such
    /// a date starts, and ends, when the gap ends, so it contributes nothing to the span.
    /// </summary>
    private static Instant StartOf(DateTimeZone zone, LocalDate date) =>
        zone.ResolveLocal(date.AtMidnight(), Engine.BlockBuilder.StartResolver).ToInstant();

    private static IEnumerable<LocalDate> DatesOf(CoverageGap gap, DateTimeZone zone)
    {
        var last = (gap.End.ToInstant() - Duration.Epsilon).InZone(zone).Date;
        for (var date = gap.Start.Date; date <= last; date = date.PlusDays(1))
        {
            yield return date;
        }
    }
}
