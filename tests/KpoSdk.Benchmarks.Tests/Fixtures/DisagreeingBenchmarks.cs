using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Tests.Fixtures;

/// <summary>A benchmark class whose setup finds its candidates disagreeing, as a broken harness would.</summary>
public sealed class DisagreeingBenchmarks
{
    public bool Ran { get; private set; }

    [GlobalSetup]
    public void Setup() => throw new InvalidOperationException("The candidate and the baseline disagree.");

    [Benchmark(Baseline = true)]
    public void Baseline() => Ran = true;
}
