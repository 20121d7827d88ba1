using KpoSdk.Benchmarks.Tests.Fixtures;

namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>The smoke run itself: what it calls, in which order, and that a disagreeing setup fails it.</summary>
public sealed class SmokeRunTests
{
    [Fact]
    public void The_run_takes_the_smallest_parameters_and_calls_each_hook_around_its_targets()
    {
        var benchmarks = new RecordingBenchmarks();

        string ran = SmokeRun.Run(benchmarks);

        Assert.Equal(
            ["GlobalSetup 1 second", "Baseline", "IterationCleanup", "IterationSetup", "Candidate", "IterationCleanup", "GlobalCleanup"],
            benchmarks.Calls);
        Assert.Equal("RecordingBenchmarks (Name = second, Size = 1): Baseline, Candidate", ran);
    }

    [Fact]
    public void A_setup_that_finds_the_candidates_disagreeing_fails_the_run_and_names_the_class()
    {
        var benchmarks = new DisagreeingBenchmarks();

        var failure = Assert.Throws<SmokeRunException>(() => SmokeRun.Run(benchmarks));

        Assert.Equal("DisagreeingBenchmarks: [GlobalSetup] Setup threw InvalidOperationException: The candidate and the baseline disagree.", failure.Message);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.False(benchmarks.Ran);
    }
}
