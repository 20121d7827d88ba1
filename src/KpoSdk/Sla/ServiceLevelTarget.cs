using System.Collections.Immutable;
using System.Globalization;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Sla;

/// <summary>
/// A service-level target: a <see cref="SlaMetric"/> that must be met within an amount of time,
/// counted on a clock, with warning thresholds. "First response within 4 business hours of the
/// New York calendar, warn at 50, 75 and 90 %" is
/// <c>ServiceLevelTarget.WithinBusinessTime(SlaMetric.FirstResponse, Duration.FromHours(4), newYork).WithWarnings(50, 75, 90)</c>.
/// </summary>
/// <remarks>
/// <para>Three kinds of amount, one factory each: <see cref="WithinCalendarTime"/> (elapsed time,
/// 24x7), <see cref="WithinBusinessTime"/> (business hours of a calendar) and
/// <see cref="WithinBusinessDays"/> (whole business days of a calendar, due at the close of
/// business of the last one).</para>
/// <para>Immutable; equal when metric, amount, calendar (the same instance) and warnings are equal.</para>
/// </remarks>
public sealed class ServiceLevelTarget : IEquatable<ServiceLevelTarget>
{
    private ServiceLevelTarget(SlaMetric metric, Duration? amount, Period? businessDays, BusinessCalendar? calendar, ImmutableArray<int> warnings)
    {
        Metric = metric;
        Amount = amount;
        BusinessDays = businessDays;
        Calendar = calendar;
        WarningPercentages = warnings;
    }

    /// <summary>What is measured.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The time allowed, for targets made by <see cref="WithinCalendarTime"/> or <see cref="WithinBusinessTime"/>; null for a business-day target.</summary>
    public Duration? Amount { get; }

    /// <summary>The business days allowed (only days, e.g. <c>P3D</c>), for targets made by <see cref="WithinBusinessDays"/>; null otherwise.</summary>
    public Period? BusinessDays { get; }

    /// <summary>The calendar whose business time counts; null for calendar time.</summary>
    public BusinessCalendar? Calendar { get; }

    /// <summary>Which time the clock counts: <see cref="SlaClockBasis.BusinessHours"/> when there is a <see cref="Calendar"/>.</summary>
    public SlaClockBasis Basis => Calendar is null ? SlaClockBasis.CalendarTime : SlaClockBasis.BusinessHours;

    /// <summary>The warning thresholds, in percent of the target (1 to 99), ascending; empty unless set with <see cref="WithWarnings"/>.</summary>
    public IReadOnlyList<int> WarningPercentages { get; }

    /// <summary>A target of elapsed time around the clock (24x7): <paramref name="amount"/> after the start, minus paused time.</summary>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is zero or negative.</exception>
    public static ServiceLevelTarget WithinCalendarTime(SlaMetric metric, Duration amount) =>
        new(CheckMetric(metric), CheckAmount(amount), null, null, []);

    /// <summary>A target of business time: <paramref name="amount"/> of <paramref name="calendar"/>'s open time after the start, minus paused time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is zero or negative.</exception>
    public static ServiceLevelTarget WithinBusinessTime(SlaMetric metric, Duration amount, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new(CheckMetric(metric), CheckAmount(amount), null, calendar, []);
    }

    /// <summary>
    /// A target of whole business days: due at the close of business of the business day
    /// <paramref name="businessDays"/> after the start date (<see cref="BusinessCalendar.Add(Instant, Period)"/>).
    /// The clock counts this as the business time from the start to that close (so a ticket opened
    /// late on a Monday with <c>P1D</c> gets the rest of Monday and all of Tuesday), and pauses
    /// push the deadline by the business time they last.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="businessDays"/> is not a positive number of days only (e.g. <c>P3D</c>).</exception>
    public static ServiceLevelTarget WithinBusinessDays(SlaMetric metric, Period businessDays, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(businessDays);
        ArgumentNullException.ThrowIfNull(calendar);
        if (businessDays.Days <= 0 || businessDays.Years != 0 || businessDays.Months != 0 || businessDays.Weeks != 0 || businessDays.HasTimeComponent)
        {
            throw new ArgumentException(
                $"A business-day target is a positive number of days and nothing else, e.g. P3D; got {businessDays}. Write weeks as business days (P10D) and use WithinBusinessTime for hours.",
                nameof(businessDays));
        }

        // Days only, so nothing to normalise; Period.Normalize would compute total nanoseconds and
        // overflow from 106,752 days on.
        return new(CheckMetric(metric), null, Period.FromDays(businessDays.Days), calendar, []);
    }

    /// <summary>The same target with warning thresholds, in percent of the target, e.g. <c>WithWarnings(50, 75, 90)</c>; replaces any set before.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="percentages"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A percentage is not between 1 and 99.</exception>
    /// <exception cref="ArgumentException">A percentage is given twice.</exception>
    public ServiceLevelTarget WithWarnings(params IEnumerable<int> percentages)
    {
        ArgumentNullException.ThrowIfNull(percentages);
        var sorted = percentages.Order().ToImmutableArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] is < 1 or > 99)
            {
                throw new ArgumentOutOfRangeException(nameof(percentages), sorted[i], $"A warning threshold is a percentage of the target from 1 to 99; got {sorted[i].ToString(CultureInfo.InvariantCulture)}. (100 % is the breach itself.)");
            }

            if (i > 0 && sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException($"The warning threshold {sorted[i].ToString(CultureInfo.InvariantCulture)} % is given twice.", nameof(percentages));
            }
        }

        return new(Metric, Amount, BusinessDays, Calendar, sorted);
    }

    /// <summary>
    /// The target as time on this target's clock for a clock started at <paramref name="start"/>:
    /// <see cref="Amount"/>, or for a business-day target the business time from the start to
    /// the close of the due day.
    /// </summary>
    internal Duration BudgetFrom(Instant start) =>
        BusinessDays is { } days ? Calendar!.Between(start, Calendar.Add(start, days)) : Amount!.Value;

    /// <summary>The time this target's clock counts between two instants.</summary>
    internal Duration Measure(Instant from, Instant to) => Calendar is null ? to - from : Calendar.Between(from, to);

    /// <summary>The instant at which <paramref name="amount"/> of this target's clock time has accrued after <paramref name="from"/>.</summary>
    /// <exception cref="InvalidOperationException">The amount cannot accrue: not enough open time, or (calendar time) not before <see cref="Instant.MaxValue"/>.</exception>
    internal Instant Accrue(Instant from, Duration amount) =>
        Calendar is not null ? Calendar.Add(from, amount)
        : amount <= Instant.MaxValue - from ? from + amount
        : throw new InvalidOperationException($"{Hours.Format(amount)} after {InstantPattern.ExtendedIso.Format(from)} is later than the last instant NodaTime represents.");

    /// <inheritdoc/>
    public bool Equals(ServiceLevelTarget? other) =>
        other is not null
        && Metric == other.Metric
        && Amount == other.Amount
        && Equals(BusinessDays, other.BusinessDays)
        && ReferenceEquals(Calendar, other.Calendar)
        && WarningPercentages.SequenceEqual(other.WarningPercentages);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServiceLevelTarget);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Amount, BusinessDays, Calendar);

    /// <summary>E.g. <c>FirstResponse within 4:00:00 business time of America/New_York Mon-Fri 09:00-17:00 (0 holidays, 0 exceptions), warnings 50/75/90 %</c>.</summary>
    public override string ToString()
    {
        string amount = BusinessDays is { } days
            ? $"{days.Days.ToString(CultureInfo.InvariantCulture)} business day{(days.Days == 1 ? string.Empty : "s")} of {Calendar}"
            : Calendar is null
                ? $"{Hours.Format(Amount!.Value)} calendar time"
                : $"{Hours.Format(Amount!.Value)} business time of {Calendar}";
        string warnings = WarningPercentages.Count == 0 ? string.Empty : ", warnings " + string.Join('/', WarningPercentages.Select(p => p.ToString(CultureInfo.InvariantCulture))) + " %";
        return $"{Metric} within {amount}{warnings}";
    }

    internal static readonly DurationPattern Hours = DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    private static SlaMetric CheckMetric(SlaMetric metric) =>
        Enum.IsDefined(metric) ? metric : throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a defined SlaMetric.");

    private static Duration CheckAmount(Duration amount) =>
        amount > Duration.Zero
            ? amount
            : throw new ArgumentException($"An SLA target must allow a positive amount of time; got {Hours.Format(amount)}.", nameof(amount));
}
