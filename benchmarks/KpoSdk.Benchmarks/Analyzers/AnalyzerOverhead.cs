using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Benchmarks.Analyzers;

/// <summary>
/// The analyzer budget, measured as the issue states it: in one run, the compilation's own
/// <c>GetDiagnostics()</c> time and the execution time the analyzer driver logs for the KpoSdk
/// analyzers (<c>logAnalyzerExecutionTime</c>), each on a fresh copy of the synthetic project,
/// single-threaded, after warm-up rounds. Run with <c>-- analyzer-overhead [rounds]</c>.
/// </summary>
public static class AnalyzerOverhead
{
    public const double Budget = 0.15;

    private const int WarmUpRounds = 2;

    public static int Run(int rounds) => Run(rounds, WarmUpRounds, SyntheticProject.Files, SyntheticProject.Contracts, SyntheticProject.Calls);

    /// <summary>
    /// The same run with other warm-up and project sizes. Only the smoke test
    /// (tests/KpoSdk.Benchmarks.Tests) uses it, with a small project and no warm-up: it checks that
    /// the harness runs, and what it prints then is no measurement of the budget.
    /// </summary>
    internal static int Run(int rounds, int warmUpRounds, int files, int contracts, int calls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(warmUpRounds);
        var compilation = SyntheticProject.Create(files, contracts, calls);
        var analyzers = SyntheticProject.Analyzers();
        var rows = new List<(double Compiler, double Analyzers, int Reported, Dictionary<string, double> PerAnalyzer)>();
        for (int round = -warmUpRounds; round < rounds; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var compilerDiagnostics = compilation.Clone().GetDiagnostics();
            double compilerMs = stopwatch.Elapsed.TotalMilliseconds;
            if (compilerDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                throw new InvalidOperationException("The synthetic project does not compile: " + compilerDiagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
            }

            var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(SyntheticProject.Options(), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
            var reported = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (reported.Any(d => d.Id == "AD0001"))
            {
                throw new InvalidOperationException("An analyzer threw: " + reported.First(d => d.Id == "AD0001"));
            }

            var perAnalyzer = new Dictionary<string, double>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                perAnalyzer[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
            }

            if (round >= 0)
            {
                rows.Add((compilerMs, perAnalyzer.Values.Sum(), reported.Length, perAnalyzer));
            }
        }

        double compilerMedian = Median(rows.Select(r => r.Compiler));
        double analyzersMedian = Median(rows.Select(r => r.Analyzers));
        double ratio = Median(rows.Select(r => r.Analyzers / r.Compiler));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"files {files}, contracts {contracts}, SDK calls {calls}, KpoSdk diagnostics {rows[0].Reported}, rounds {rows.Count}"));
        foreach (var (compiler, all, _, _) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round: GetDiagnostics {compiler:F0} ms, KpoSdk analyzers {all:F1} ms, ratio {all / compiler:P1}"));
        }

        foreach (string name in rows[0].PerAnalyzer.Keys)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: median {Median(rows.Select(r => r.PerAnalyzer[name])):F1} ms"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: GetDiagnostics {compilerMedian:F0} ms, KpoSdk analyzers {analyzersMedian:F1} ms, median ratio {ratio:P1} (budget {Budget:P0}): {(ratio <= Budget ? "met" : "NOT met")}"));
        return ratio <= Budget ? 0 : 1;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
