namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>
/// The smoke run of every BenchmarkDotNet class (the charter keeps benchmarks out of CI except
/// this): each class's setup checks its candidates against the baseline, and each benchmark
/// method runs once, so a harness that no longer agrees with itself, or throws, fails CI instead
/// of waiting for the next person who measures.
/// </summary>
public sealed class BenchmarkClassSmokeTests
{
    /// <summary>The classes there were when this test was written; discovery must find at least these.</summary>
    private const int KnownClasses = 13;

    public static TheoryData<Type> Classes => new(BenchmarkClasses.All);

    [Theory]
    [MemberData(nameof(Classes))]
    public void A_benchmark_class_sets_up_and_runs_each_benchmark_once(Type benchmarkClass)
    {
        // The assertions are the benchmarks' own: each [GlobalSetup] throws when its candidates
        // disagree, and SmokeRun fails the test with any exception a step throws.
        string ran = SmokeRun.Run(benchmarkClass);

        TestContext.Current.TestOutputHelper?.WriteLine(ran);
    }

    [Fact]
    public void Discovery_finds_every_benchmark_class()
    {
        var names = BenchmarkClasses.All.Select(t => t.Name).ToList();

        Assert.True(names.Count >= KnownClasses, $"Found {names.Count} benchmark classes, expected at least {KnownClasses}: {string.Join(", ", names)}.");
        Assert.Contains("GeneratorBenchmarks", names);
        Assert.Contains("StaffingPlanBenchmarks", names);
    }
}
