using System.Diagnostics;
using System.Globalization;
using KpoSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// The cold-run comparison of <see cref="GeneratorBenchmarks"/>, measured round robin: each round
/// runs the naive generator, the real one and the attribute-matching floor, in a rotating order,
/// each on its own fresh compilation (references bound, nothing else cached) after a full
/// collection. On a shared machine all three then see the same load, which BenchmarkDotNet's
/// one-benchmark-after-another order cannot promise. Run with <c>-- generator-cold [rounds]</c>
/// (with <c>DOTNET_TieredCompilation=0</c>, as <see cref="SteadyStateConfig"/> explains).
/// </summary>
public static class InterleavedColdRun
{
    private const int WarmUpRounds = 3;

    public static int Run(int rounds) => Run(rounds, WarmUpRounds, withLargeProject: true);

    /// <summary>
    /// The same run with other warm-up, and with or without the large project. Only the smoke test
    /// (tests/KpoSdk.Benchmarks.Tests) uses it, with the small project and no warm-up: it checks
    /// that the candidates agree and the rounds run, and what it prints then is no measurement.
    /// </summary>
    internal static int Run(int rounds, int warmUpRounds, bool withLargeProject)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmUpRounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, tiered compilation {(Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "off" : "on")}, server GC {System.Runtime.GCSettings.IsServerGC}, {rounds} rounds"));
        Console.WriteLine("| Project | Naive | Generator | Floor | Generator ratio | Floor ratio | Generator alloc ratio |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Measure(new SyntheticProject(400, 40), "400 files, 40 contracts", rounds, warmUpRounds);
        if (withLargeProject)
        {
            Measure(new SyntheticProject(2000, 400), "2,000 files, 400 contracts", Math.Max(5, rounds / 2), warmUpRounds);
        }

        return 0;
    }

    private static void Measure(SyntheticProject project, string name, int rounds, int warmUpRounds)
    {
        var candidates = new (string Name, Func<IIncrementalGenerator> Create)[]
        {
            ("naive", () => new NaiveContractGenerator()),
            ("generator", () => new ServiceLevelContractGenerator()),
            ("floor", () => new AttributeMatchingFloorGenerator()),
        };
        CheckSameOutput(project);
        var times = candidates.ToDictionary(c => c.Name, _ => new List<double>());
        var bytes = candidates.ToDictionary(c => c.Name, _ => new List<long>());
        for (int round = -warmUpRounds; round < rounds; round++)
        {
            for (int i = 0; i < candidates.Length; i++)
            {
                var (candidate, create) = candidates[(i + Math.Max(round, 0)) % candidates.Length];
                var compilation = project.CreateCompilation();
                _ = compilation.GetSpecialType(SpecialType.System_Object);
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = Stopwatch.StartNew();
                var driver = GeneratorBenchmarks.Driver(create()).RunGenerators(compilation);
                stopwatch.Stop();
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (driver.GetRunResult().Results.Single().Exception is { } exception)
                {
                    throw new InvalidOperationException(candidate + " threw.", exception);
                }

                if (round >= 0)
                {
                    times[candidate].Add(stopwatch.Elapsed.TotalMilliseconds);
                    bytes[candidate].Add(allocated);
                }
            }
        }

        double naive = Median(times["naive"]), generator = Median(times["generator"]), floor = Median(times["floor"]);
        double allocRatio = Median(bytes["generator"].Select(b => (double)b)) / Median(bytes["naive"].Select(b => (double)b));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {naive:F1} ms | {generator:F1} ms | {floor:F1} ms | {generator / naive:F2} | {floor / naive:F2} | {allocRatio:F2} |"));
    }

    private static void CheckSameOutput(SyntheticProject project)
    {
        var compilation = project.CreateCompilation();
        var real = GeneratorBenchmarks.Files(GeneratorBenchmarks.Run(new ServiceLevelContractGenerator(), compilation));
        var naive = GeneratorBenchmarks.Files(GeneratorBenchmarks.Run(new NaiveContractGenerator(), compilation));
        if (real.Count < 2 || !real.SequenceEqual(naive))
        {
            throw new InvalidOperationException($"The generators disagree: {real.Count} files against {naive.Count}.");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
