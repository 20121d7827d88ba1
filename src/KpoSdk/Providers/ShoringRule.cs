using System.Collections.Concurrent;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// Derives <see cref="Shoring"/> from the client's and the delivery jurisdictions.
/// </summary>
/// <remarks>
/// <para>The rule, in order:</para>
/// <list type="number">
/// <item><b>Onshore</b>: the delivery jurisdiction is in the client's country (a subdivision of it
/// or the country itself).</item>
/// <item><b>Nearshore</b>: the two countries are in the same UN M49 sub-region
/// (<see cref="GeographicRegion.SubRegionOf"/>: Poland and Czechia, India and Sri Lanka), or their
/// <i>default business hours</i> overlap by at least <see cref="MinimumDailyOverlap"/> (4 hours in
/// <see cref="Default"/>) per client working day, on average: Germany and Poland, the US and
/// Mexico, the UK and South Africa.</item>
/// <item><b>Offshore</b>: otherwise (the US and India, Germany and India, the US and the Philippines).</item>
/// </list>
/// <para>Default business hours are 09:00–17:00 on each country's working days (the days outside
/// its CLDR weekend, <see cref="Country.Weekend"/>), read at each zone's <i>standard</i> offset in
/// force on 1 January 2025, so the result does not change with daylight saving time or the date.
/// The overlap is taken over a whole week, so Friday–Saturday weekends and the date line count,
/// and divided by the client's working days. A country with several zones (the US) is compared
/// zone by zone and the best pair counts; a <see cref="DeliveryCenter"/> is compared by its own zone.
/// A country with no zone.tab zone (Bouvet Island) has no overlap with any other.</para>
/// </remarks>
public sealed class ShoringRule
{
    private static readonly Instant s_offsetReference = Instant.FromUtc(2025, 1, 1, 0, 0);
    private static readonly LocalDate s_referenceMonday = new(2025, 1, 6);
    private static readonly LocalTime s_start = new(9, 0);
    private static readonly Duration s_length = Duration.FromHours(8);

    private static readonly ConcurrentDictionary<(Country Client, Country Delivery, string? Zone), Duration> s_overlaps = new();

    /// <summary>Creates a rule with the given threshold for nearshore by overlap of business hours.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumDailyOverlap"/> is negative or more than 8 hours (the length of the default business day).</exception>
    public ShoringRule(Duration minimumDailyOverlap)
    {
        if (minimumDailyOverlap < Duration.Zero || minimumDailyOverlap > s_length)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDailyOverlap), minimumDailyOverlap, "Expected a duration from zero to 8 hours, the length of the default business day.");
        }

        MinimumDailyOverlap = minimumDailyOverlap;
    }

    /// <summary>Gets the rule with a 4-hour threshold: half the default business day.</summary>
    public static ShoringRule Default { get; } = new(Duration.FromHours(4));

    /// <summary>Gets the average daily overlap of default business hours from which a country in another sub-region is nearshore.</summary>
    public Duration MinimumDailyOverlap { get; }

    /// <summary>Classifies delivery from <paramref name="delivery"/> to a client in <paramref name="client"/>, comparing every zone of both countries.</summary>
    /// <exception cref="ArgumentException">A jurisdiction is <c>default</c>.</exception>
    public Shoring Classify(Jurisdiction client, Jurisdiction delivery)
    {
        Check(client, nameof(client));
        Check(delivery, nameof(delivery));
        return Classify(client.Country, delivery.Country, () => DefaultHoursOverlap(client.Country, delivery.Country));
    }

    /// <summary>Classifies delivery from <paramref name="center"/> to a client in <paramref name="client"/>, using the centre's own zone.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="center"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="client"/> is <c>default</c>.</exception>
    public Shoring Classify(Jurisdiction client, DeliveryCenter center)
    {
        Check(client, nameof(client));
        ArgumentNullException.ThrowIfNull(center);
        var delivery = center.Jurisdiction.Country;
        return Classify(client.Country, delivery, () => DefaultHoursOverlap(client.Country, delivery, center.Zone));
    }

    /// <summary>
    /// Gets the average overlap per client working day of the two countries' default business hours
    /// (see the remarks of <see cref="ShoringRule"/>), for the best pair of their zones.
    /// </summary>
    public static Duration DefaultHoursOverlap(Country client, Country delivery) =>
        s_overlaps.GetOrAdd((client, delivery, null), static key =>
            key.Client.TimeZones.SelectMany(c => key.Delivery.TimeZones.Select(d => Overlap(key.Client, c, key.Delivery, d)))
                .DefaultIfEmpty(Duration.Zero)
                .Max());

    /// <summary>
    /// Gets the average overlap per client working day of the client country's default business
    /// hours (best zone) with those of a delivery country read in <paramref name="deliveryZone"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="deliveryZone"/> is null.</exception>
    public static Duration DefaultHoursOverlap(Country client, Country delivery, DateTimeZone deliveryZone)
    {
        ArgumentNullException.ThrowIfNull(deliveryZone);
        return s_overlaps.GetOrAdd((client, delivery, deliveryZone.Id), _ =>
            client.TimeZones.Select(c => Overlap(client, c, delivery, deliveryZone)).DefaultIfEmpty(Duration.Zero).Max());
    }

    private Shoring Classify(Country client, Country delivery, Func<Duration> overlap)
    {
        if (client == delivery)
        {
            return Shoring.Onshore;
        }

        return GeographicRegion.SubRegionOf(client) == GeographicRegion.SubRegionOf(delivery) || overlap() >= MinimumDailyOverlap
            ? Shoring.Nearshore
            : Shoring.Offshore;
    }

    private static Duration Overlap(Country client, DateTimeZone clientZone, Country delivery, DateTimeZone deliveryZone)
    {
        var clientOffset = clientZone.GetZoneInterval(s_offsetReference).StandardOffset;
        var deliveryOffset = deliveryZone.GetZoneInterval(s_offsetReference).StandardOffset;
        var total = Duration.Zero;
        int days = 0;
        for (int day = 0; day < 7; day++)
        {
            var date = s_referenceMonday.PlusDays(day);
            if (client.IsWeekend(date.DayOfWeek))
            {
                continue;
            }

            days++;
            var start = (date + s_start).WithOffset(clientOffset).ToInstant();
            var end = start + s_length;

            // The delivery day before and after can overlap across the date line.
            for (int shift = -1; shift <= 1; shift++)
            {
                var other = date.PlusDays(shift);
                if (delivery.IsWeekend(other.DayOfWeek))
                {
                    continue;
                }

                var otherStart = (other + s_start).WithOffset(deliveryOffset).ToInstant();
                var otherEnd = otherStart + s_length;
                var from = Instant.Max(start, otherStart);
                var to = Instant.Min(end, otherEnd);
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return days == 0 ? Duration.Zero : total / days;
    }

    private static void Check(Jurisdiction jurisdiction, string parameter)
    {
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place.", parameter);
        }
    }
}
