using BenchmarkDotNet.Attributes;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// Between over one week against Between over one year, same starts, plus the day walk over a
/// year for scale. Target: 0 bytes, and the year at most 2x the week.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class BetweenBenchmarks
{
    private const int Count = 256;
    private static readonly Duration Week = Duration.FromDays(7);
    private static readonly Duration Year = Duration.FromDays(365);

    private BusinessCalendar _calendar = null!;
    private DayWalkCalendar _walk = null!;
    private Instant[] _starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BenchmarkCalendars.NewYorkClient();
        _walk = new DayWalkCalendar(new NaiveSchedule(_calendar));
        _starts = BenchmarkCalendars.Starts(Count);
        var minutes = new MinuteSteppingCalendar(new NaiveSchedule(_calendar));
        BenchmarkCalendars.Same(
            "day walk vs minute stepping over a week",
            _starts.Take(8).Select(t => minutes.Between(t, t + Week)).ToArray(),
            _starts.Take(8).Select(t => _walk.Between(t, t + Week)).ToArray());
        foreach (var span in new[] { Week, Year })
        {
            BenchmarkCalendars.Same(
                $"calendar vs day walk over {span}",
                _starts.Select(t => _walk.Between(t, t + span)).ToArray(),
                _starts.Select(t => _calendar.Between(t, t + span)).ToArray());
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long BetweenWeek() => Sum(Week);

    [Benchmark(OperationsPerInvoke = Count)]
    public long BetweenYear() => Sum(Year);

    [Benchmark(OperationsPerInvoke = Count)]
    public long DayWalkYear()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _walk.Between(t, t + Year).BclCompatibleTicks;
        }

        return sum;
    }

    private long Sum(Duration span)
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _calendar.Between(t, t + span).BclCompatibleTicks;
        }

        return sum;
    }
}
