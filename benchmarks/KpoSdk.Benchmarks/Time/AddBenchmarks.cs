using BenchmarkDotNet.Attributes;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// Add 4 business hours from 64 instants spread over a year (New York, Mon-Fri 09:00-17:00,
/// US holidays). Target: the calendar at least 1000x faster than minute stepping, at least 4x
/// faster than a day-by-day NodaTime walk, and 0 bytes per call.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class AddBenchmarks
{
    private const int Count = 64;
    private static readonly Duration Amount = Duration.FromHours(4);

    private BusinessCalendar _calendar = null!;
    private MinuteSteppingCalendar _minutes = null!;
    private DayWalkCalendar _days = null!;
    private Instant[] _starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BenchmarkCalendars.NewYorkClient();
        var schedule = new NaiveSchedule(_calendar);
        _minutes = new MinuteSteppingCalendar(schedule);
        _days = new DayWalkCalendar(schedule);
        _starts = BenchmarkCalendars.Starts(Count);

        var expected = _starts.Select(t => _minutes.Add(t, Amount)).ToArray();
        BenchmarkCalendars.Same("day walk", expected, _starts.Select(t => _days.Add(t, Amount)).ToArray());
        BenchmarkCalendars.Same("calendar", expected, _starts.Select(t => _calendar.Add(t, Amount)).ToArray());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long MinuteStepping()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _minutes.Add(t, Amount).ToUnixTimeTicks();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public long DayWalk()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _days.Add(t, Amount).ToUnixTimeTicks();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public long Calendar()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _calendar.Add(t, Amount).ToUnixTimeTicks();
        }

        return sum;
    }
}
