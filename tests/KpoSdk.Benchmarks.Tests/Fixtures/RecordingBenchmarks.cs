using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Tests.Fixtures;

/// <summary>A benchmark class that records what the smoke run calls, in order, and with which parameters.</summary>
public sealed class RecordingBenchmarks
{
    public List<string> Calls { get; } = [];

    [Params(100, 1, 10)]
    public int Size { get; set; }

    /// <summary>Text is taken in the order written, not sorted ("400 files" comes before "2000 files").</summary>
    [Params("second", "first")]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup() => Calls.Add($"GlobalSetup {Size} {Name}");

    [IterationSetup(Targets = [nameof(Candidate)])]
    public void BeforeCandidate() => Calls.Add("IterationSetup");

    [IterationCleanup]
    public void AfterEach() => Calls.Add("IterationCleanup");

    [Benchmark(Baseline = true)]
    public int Baseline()
    {
        Calls.Add("Baseline");
        return 1;
    }

    [Benchmark]
    public async Task Candidate()
    {
        await Task.Yield();
        Calls.Add("Candidate");
    }

    [GlobalCleanup]
    public void Cleanup() => Calls.Add("GlobalCleanup");
}
