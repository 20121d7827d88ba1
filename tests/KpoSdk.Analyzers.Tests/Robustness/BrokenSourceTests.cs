using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.Robustness;

/// <summary>
/// No analyzer throws (AD0001) on broken code or a broken overlay: over 5,000 compilations of the
/// broken-source corpus, each run through every KpoSdk analyzer.
/// </summary>
public sealed class BrokenSourceTests
{
    [Fact]
    public async Task No_analyzer_throws_on_truncated_or_mutilated_sources_or_overlays()
    {
        var runner = new AnalyzerRunner();
        var sources = BrokenSourceCorpus.Truncations().Concat(BrokenSourceCorpus.Deletions(3750, seed: 20261128)).ToArray();
        var overlays = BrokenSourceCorpus.OverlayTruncations().ToArray();
        int reported = 0;
        await Parallel.ForEachAsync(
            sources.Select(s => (Source: s, Overlay: (string?)null)).Concat(overlays.Select(o => (Source: BrokenSourceCorpus.Prefix + BrokenSourceCorpus.Declarations[0], Overlay: (string?)o))),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = TestContext.Current.CancellationToken },
            async (item, _) =>
            {
                var diagnostics = await runner.RunAsync([item.Source], overlay: item.Overlay);
                Interlocked.Add(ref reported, diagnostics.Length);
            });

        Assert.True(sources.Length + overlays.Length >= 5000, $"{sources.Length + overlays.Length} compilations");
        Assert.Empty(runner.Exceptions);
        Assert.True(reported > sources.Length, "The corpus should keep the analyzers busy, not only produce code they skip.");
    }
}
