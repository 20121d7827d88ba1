using BenchmarkDotNet.Attributes;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// Add 4 business hours on the New York calendar with built-in holidays against the same calendar
/// given the same dates as a list, same starts, blocks already built. Target: at most 1.2x, 0 bytes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class BuiltInHolidayAddBenchmarks
{
    private const int Count = 256;
    private static readonly Duration Amount = Duration.FromHours(4);

    private BusinessCalendar _listed = null!;
    private BusinessCalendar _builtIn = null!;
    private Instant[] _starts = null!;

    [GlobalSetup]
    public void Setup()
    {
        _listed = BuiltInHolidayCalendars.Listed();
        _builtIn = BuiltInHolidayCalendars.BuiltIn();
        _starts = BenchmarkCalendars.Starts(Count);
        BenchmarkCalendars.Same(
            "built-in holidays vs the same dates as a list",
            _starts.Select(t => _listed.Add(t, Amount)).ToArray(),
            _starts.Select(t => _builtIn.Add(t, Amount)).ToArray());
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long ListedDates() => Sum(_listed);

    [Benchmark(OperationsPerInvoke = Count)]
    public long BuiltInHolidays() => Sum(_builtIn);

    private long Sum(BusinessCalendar calendar)
    {
        long sum = 0;
        foreach (var t in _starts)
        {
            sum += calendar.Add(t, Amount).ToUnixTimeTicks();
        }

        return sum;
    }
}
