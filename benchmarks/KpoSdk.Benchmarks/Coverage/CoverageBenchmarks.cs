using BenchmarkDotNet.Attributes;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Coverage;

/// <summary>
/// One year (2027) of coverage of a New York client open Mon-Fri 09:00-17:00 by Kraków
/// (15:00-23:00) and Pune (19:30-04:30, across midnight): <see cref="CoverageAnalysis"/>, which
/// merges the calendars' open intervals once, against stepping through the year minute by minute
/// and asking each calendar whether it is open. The calendars are built and warmed in the setup,
/// so both sides measure the coverage computation alone.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CoverageBenchmarks
{
    private static readonly DateInterval Year = new(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31));

    private BusinessCalendar _client = null!;
    private DeliveryCalendar[] _centers = [];
    private Interval _span;

    [GlobalSetup]
    public void Setup()
    {
        _client = BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00");
        _centers =
        [
            new DeliveryCalendar("Kraków", BusinessCalendar.Create("Europe/Warsaw", "Mon-Fri 15:00-23:00")),
            new DeliveryCalendar("Pune", BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 19:30-04:30")),
        ];
        _span = CoverageAnalysis.Analyze(_client, Year, _centers).Span;

        var stepped = MinuteStepping();
        var swept = Sweep();
        if (stepped != swept)
        {
            throw new InvalidOperationException($"Minute stepping gives {stepped}, CoverageAnalysis {swept}.");
        }

        if (swept.Uncovered == Duration.Zero || swept.Covered == Duration.Zero)
        {
            throw new InvalidOperationException($"The scenario should have both covered and uncovered time; got {swept}.");
        }
    }

    [Benchmark(Baseline = true)]
    public (Duration Required, Duration Covered, Duration Uncovered) MinuteStepping()
    {
        var minute = Duration.FromMinutes(1);
        long required = 0, covered = 0;
        for (var t = _span.Start; t < _span.End; t += minute)
        {
            if (!_client.IsOpen(t))
            {
                continue;
            }

            required++;
            foreach (var center in _centers)
            {
                if (center.Calendar.IsOpen(t))
                {
                    covered++;
                    break;
                }
            }
        }

        return (Duration.FromMinutes(required), Duration.FromMinutes(covered), Duration.FromMinutes(required - covered));
    }

    [Benchmark]
    public (Duration Required, Duration Covered, Duration Uncovered) Sweep()
    {
        var analysis = CoverageAnalysis.Analyze(_client, Year, _centers);
        return (analysis.Required, analysis.Covered, analysis.Uncovered);
    }
}
