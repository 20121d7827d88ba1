using System.Collections.Immutable;
using NodaTime;

namespace KpoSdk.Sla;

/// <summary>
/// Compliance over many tickets' clocks at one instant: how many met their target, how many
/// breached it, and percentiles of the time they took.
/// </summary>
/// <remarks>
/// <para>Summarise clocks of one target (or at least one metric) at a time: mixing first-response
/// and resolution clocks gives numbers that mean nothing.</para>
/// <para>Percentiles are of <see cref="SlaStatus.Elapsed"/> (clock time: business time for
/// business-hours targets, paused time excluded) of the clocks stopped by <see cref="AsOf"/>,
/// computed exactly by the nearest-rank method: the p-th percentile of n sorted values is the
/// value at rank ⌈p·n/100⌉ (1-based). It is always one of the observed values, never an
/// interpolation, and the 100th percentile is the maximum.</para>
/// </remarks>
public sealed class SlaCompliance
{
    private readonly ImmutableArray<Duration> _completed;

    private SlaCompliance(Instant asOf, int count, int met, int breached, ImmutableArray<Duration> completed)
    {
        AsOf = asOf;
        Count = count;
        Met = met;
        Breached = breached;
        _completed = completed;
    }

    /// <summary>The instant the clocks were evaluated at.</summary>
    public Instant AsOf { get; }

    /// <summary>The number of clocks started by <see cref="AsOf"/> (those started later are left out).</summary>
    public int Count { get; }

    /// <summary>Clocks stopped by <see cref="AsOf"/> without a breach.</summary>
    public int Met { get; }

    /// <summary>Clocks breached by <see cref="AsOf"/>, stopped or still open.</summary>
    public int Breached { get; }

    /// <summary>Clocks neither met nor breached yet: still running or paused within their target.</summary>
    public int InProgress => Count - Met - Breached;

    /// <summary>Clocks stopped by <see cref="AsOf"/>, met or breached: the population of the percentiles.</summary>
    public int Completed => _completed.Length;

    /// <summary><see cref="Met"/> / (<see cref="Met"/> + <see cref="Breached"/>): the share of decided clocks that met the target; null when none is decided yet.</summary>
    public double? ShareMet => Met + Breached == 0 ? null : (double)Met / (Met + Breached);

    /// <summary>The median elapsed time of the completed clocks (nearest rank); null when none is completed.</summary>
    public Duration? P50 => Percentile(50);

    /// <summary>The 90th percentile of elapsed time of the completed clocks (nearest rank); null when none is completed.</summary>
    public Duration? P90 => Percentile(90);

    /// <summary>The 95th percentile of elapsed time of the completed clocks (nearest rank); null when none is completed.</summary>
    public Duration? P95 => Percentile(95);

    /// <summary>Summarises <paramref name="clocks"/> as they stand at <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clocks"/> or one of them is null.</exception>
    public static SlaCompliance Summarize(IEnumerable<SlaClock> clocks, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(clocks);
        int count = 0, met = 0, breached = 0;
        var completed = ImmutableArray.CreateBuilder<Duration>();
        foreach (var clock in clocks)
        {
            ArgumentNullException.ThrowIfNull(clock, nameof(clocks));
            if (clock.StartedAt > asOf)
            {
                continue;
            }

            var status = clock.StatusAt(asOf);
            count++;
            met += status.IsMet ? 1 : 0;
            breached += status.Breached ? 1 : 0;
            if (status.State == SlaClockState.Stopped)
            {
                completed.Add(status.Elapsed);
            }
        }

        completed.Sort();
        return new SlaCompliance(asOf, count, met, breached, completed.ToImmutable());
    }

    /// <summary>
    /// The <paramref name="percent"/>-th percentile of the completed clocks' elapsed time by the
    /// nearest-rank method (the value at rank ⌈percent·n/100⌉ of the n sorted values); null when
    /// no clock is completed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not between 1 and 100.</exception>
    public Duration? Percentile(int percent)
    {
        if (percent is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile is from 1 to 100 (the nearest-rank method has no 0th percentile).");
        }

        if (_completed.IsEmpty)
        {
            return null;
        }

        int rank = (int)(((long)percent * _completed.Length + 99) / 100);
        return _completed[rank - 1];
    }
}
