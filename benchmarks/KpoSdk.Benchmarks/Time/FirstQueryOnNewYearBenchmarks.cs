using BenchmarkDotNet.Attributes;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>
/// The first query on a new year, per calendar: a new New York calendar (built-in holidays, and a
/// new holiday calendar with nothing computed yet) answers Add for a start in 2026, which builds
/// the block of about 417 days around it and computes the holiday years it covers. Baseline: a new
/// calendar given the same dates as a list. Target: under 50 µs per calendar. The countries' data is
/// read once per process (in the setup), as in a real one.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(RatioConfig))]
public class FirstQueryOnNewYearBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2026, 6, 15, 14, 0);
    private static readonly Duration Amount = Duration.FromHours(4);

    [GlobalSetup]
    public void Setup()
    {
        // Reads the US data once; later HolidayCalendar.For calls compute from it.
        var listed = BuiltInHolidayCalendars.Listed().Add(Start, Amount);
        var builtIn = BuiltInHolidayCalendars.BuiltIn().Add(Start, Amount);
        BenchmarkCalendars.Same("first query, built-in vs listed", [listed], [builtIn]);
    }

    [Benchmark(Baseline = true)]
    public Instant ListedDates() => BuiltInHolidayCalendars.Listed().Add(Start, Amount);

    [Benchmark]
    public Instant BuiltInHolidays() => BuiltInHolidayCalendars.BuiltIn().Add(Start, Amount);
}
