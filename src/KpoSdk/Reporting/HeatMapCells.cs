using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Reporting;

/// <summary>The state of one client-local hour of one panel: outside the dates, closed, holiday, or how much of it is covered.</summary>
internal sealed class HeatMapCells
{
    private readonly DateTimeZone _zone;
    private readonly DateInterval _dates;
    private readonly Interval[] _window;
    private readonly Interval[] _required;
    private readonly Interval[] _uncovered;

    public HeatMapCells(CoverageAnalysis analysis)
    {
        var client = analysis.Client;
        _zone = client.Zone;
        _dates = analysis.Dates;
        var span = new Interval(analysis.Span.Start - Duration.FromDays(2), analysis.Span.End + Duration.FromDays(2));
        _window = [.. BusinessCalendar.Create(client.Zone, client.Hours).OpenIntervals(span)];
        _required = [.. client.OpenIntervals(span)];
        _uncovered = [.. analysis.UncoveredIntervals];
    }

    /// <summary>The fill of the hour starting at <paramref name="hour"/>:00 on <paramref name="date"/>, client time; null outside the analysed dates.</summary>
    public string? Colour(LocalDate date, int hour)
    {
        if (!_dates.Contains(date))
        {
            return null;
        }

        var start = date.At(new LocalTime(hour, 0)).InZoneLeniently(_zone).ToInstant();
        var end = (hour == 23 ? date.PlusDays(1).AtMidnight() : date.At(new LocalTime(hour + 1, 0))).InZoneLeniently(_zone).ToInstant();
        var cell = new Interval(start, end);
        var required = Overlap(_required, cell);
        if (required == Duration.Zero)
        {
            return Overlap(_window, cell) > Duration.Zero ? HeatMapColours.Holiday : HeatMapColours.Closed;
        }

        var uncovered = Overlap(_uncovered, cell);
        return uncovered == Duration.Zero ? HeatMapColours.Covered : uncovered >= required ? HeatMapColours.Uncovered : HeatMapColours.Partly;
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
