using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// Measures the compiler in its steady state. The Roslyn assemblies of the .NET SDK are
/// ReadyToRun images, but the NuGet copy the benchmarks load is IL only: with tiered compilation
/// its hundreds of binder methods would spend the few iterations a cold-run benchmark allows in
/// unoptimised tier-0 code, and the comparison would measure the JIT. Tiering is therefore off.
/// </summary>
public sealed class SteadyStateConfig : ManualConfig
{
    public SteadyStateConfig()
    {
        AddJob(Job.Default
            .WithEnvironmentVariable("DOTNET_TieredCompilation", "0")
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(15));
    }
}
