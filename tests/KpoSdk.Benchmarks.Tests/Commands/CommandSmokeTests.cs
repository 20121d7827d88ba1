using System.Globalization;
using System.Text.RegularExpressions;
using KpoSdk.Benchmarks.Analyzers;
using KpoSdk.Benchmarks.Generators;
using KpoSdk.Benchmarks.Scale;

namespace KpoSdk.Benchmarks.Tests.Commands;

/// <summary>
/// The commands of benchmarks/KpoSdk.Benchmarks/Program.cs that measure outside BenchmarkDotNet,
/// called in-process at small sizes: each checks its candidates before it measures, and that check
/// and the measuring loop are what this runs. What they print here is no measurement (one round,
/// no warm-up, a small project, a loaded machine), so no budget is asserted.
/// </summary>
public sealed partial class CommandSmokeTests
{
    [Fact]
    public void Generator_cold_runs_a_round_once_the_generator_and_the_naive_baseline_agree()
    {
        // The small project alone: the large one has the same four contract shapes, at ten times the cost.
        var (exitCode, output) = ConsoleCapture.Run(() => InterleavedColdRun.Run(rounds: 1, warmUpRounds: 0, withLargeProject: false));

        Assert.True(exitCode == 0, output);
        Assert.Matches(TableRow(), output);
    }

    [Fact]
    public void Analyzer_overhead_runs_a_round_and_the_analyzers_report_the_synthetic_mistakes()
    {
        // Every tenth contract and call is wrong (SyntheticProject), so a run whose analyzers
        // report nothing measured no analyzers at all. The budget is not asserted (exit code 1 = not met).
        var (exitCode, output) = ConsoleCapture.Run(() => AnalyzerOverhead.Run(rounds: 1, warmUpRounds: 0, files: 60, contracts: 20, calls: 100));

        Assert.True(exitCode is 0 or 1, output);
        var reported = DiagnosticsLine().Match(output);
        Assert.True(reported.Success, output);
        Assert.True(int.Parse(reported.Groups["count"].Value, CultureInfo.InvariantCulture) > 0, output);
        Assert.Contains("median: GetDiagnostics", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_writes_the_documents_and_plans_every_agreement_of_a_small_provider()
    {
        string folder = Path.Combine(Path.GetTempPath(), "kpo-scale-smoke-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, output) = ConsoleCapture.Run(() => ScaleRun.Run(folder, staff: 900, agreements: 12));

            Assert.True(exitCode == 0, output);
            Assert.True(File.Exists(Path.Combine(folder, "catalog.json")), output);
            Assert.True(File.Exists(Path.Combine(folder, "roster.json")), output);
            Assert.Equal(12, Directory.GetFiles(Path.Combine(folder, "agreements"), "*.json").Length);
            Assert.Contains("generated 900 staff, 12 agreements", output, StringComparison.Ordinal);
            Assert.Contains("planned 12 agreements", output, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [GeneratedRegex(@"^\| 400 files, 40 contracts \| [0-9.]+ ms \| [0-9.]+ ms \| [0-9.]+ ms \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"KpoSdk diagnostics (?<count>[0-9]+),")]
    private static partial Regex DiagnosticsLine();
}
