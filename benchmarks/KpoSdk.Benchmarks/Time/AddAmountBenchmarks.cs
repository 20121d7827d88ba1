using BenchmarkDotNet.Attributes;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// Add 400 business hours (ten weeks of a 40-hour week) against Add 4 hours, same starts.
/// Target: 400 hours costs at most 2x 4 hours (logarithmic in the amount), 0 bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class AddAmountBenchmarks
{
    private const int Count = 256;
    private static readonly Duration Short = Duration.FromHours(4);
    private static readonly Duration Long = Duration.FromHours(400);

    private BusinessCalendar _calendar = null!;
    private Instant[] _starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = BenchmarkCalendars.NewYorkClient();
        _starts = BenchmarkCalendars.Starts(Count);
        var walk = new DayWalkCalendar(new NaiveSchedule(_calendar));
        foreach (var amount in new[] { Short, Long })
        {
            BenchmarkCalendars.Same(
                $"calendar vs day walk for {amount}",
                _starts.Select(t => walk.Add(t, amount)).ToArray(),
                _starts.Select(t => _calendar.Add(t, amount)).ToArray());
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long Add4Hours()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _calendar.Add(t, Short).ToUnixTimeTicks();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public long Add400Hours()
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += _calendar.Add(t, Long).ToUnixTimeTicks();
        }

        return sum;
    }
}
