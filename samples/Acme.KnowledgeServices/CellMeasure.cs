using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>The state of one client-local hour of one contract: closed, holiday, or how much of it is covered.</summary>
internal sealed class CellMeasure
{
    private readonly DateTimeZone _zone;
    private readonly Interval[] _window;
    private readonly Interval[] _required;
    private readonly Interval[] _uncovered;

    public CellMeasure(ContractCoverage coverage)
    {
        _zone = coverage.Contract.Coverage.Zone;
        var span = new Interval(Instant.FromUtc(2025, 12, 27, 0, 0), Instant.FromUtc(2027, 1, 2, 0, 0));
        _window = [.. coverage.Contract.Coverage.OpenIntervals(span)];
        _required = [.. coverage.ClientCalendar.OpenIntervals(span)];
        _uncovered = coverage.Analysis is { } analysis ? [.. analysis.UncoveredIntervals] : _required;
    }

    /// <summary>The fill of the hour starting at <paramref name="hour"/>:00 on <paramref name="date"/>, client time; null outside the sample's year.</summary>
    public string? Colour(LocalDate date, int hour)
    {
        if (date.Year != ContractCoverage.Year.Start.Year)
        {
            return null;
        }

        var start = date.At(new LocalTime(hour, 0)).InZoneLeniently(_zone).ToInstant();
        var end = (hour == 23 ? date.PlusDays(1).AtMidnight() : date.At(new LocalTime(hour + 1, 0))).InZoneLeniently(_zone).ToInstant();
        var cell = new Interval(start, end);
        var required = Overlap(_required, cell);
        if (required == Duration.Zero)
        {
            return Overlap(_window, cell) > Duration.Zero ? "#bfd7f2" : "#eef0f3";
        }

        var uncovered = Overlap(_uncovered, cell);
        return uncovered == Duration.Zero ? "#1f9d55" : uncovered >= required ? "#d7263d" : "#e8a33d";
    }

    private static Duration Overlap(Interval[] sorted, Interval cell)
    {
        // The first interval that ends after the cell starts, then every one that starts before it ends.
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            int mid = (low + high) / 2;
            if (sorted[mid].End <= cell.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var total = Duration.Zero;
        for (int i = low; i < sorted.Length && sorted[i].Start < cell.End; i++)
        {
            var from = sorted[i].Start > cell.Start ? sorted[i].Start : cell.Start;
            var to = sorted[i].End < cell.End ? sorted[i].End : cell.End;
            total += to - from;
        }

        return total;
    }
}
