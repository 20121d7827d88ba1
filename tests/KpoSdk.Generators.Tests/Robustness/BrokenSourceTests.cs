using System.Collections.Concurrent;
using KpoSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Robustness;

/// <summary>
/// The generator never throws, whatever half-typed source it sees: thousands of compilations of
/// broken declarations, each run through a fresh generator driver.
/// </summary>
public sealed class BrokenSourceTests
{
    private const int MinimumCompilations = 5000;
    private const int RandomVariantsPerDeclaration = 520;

    [Fact]
    public void The_generator_never_throws_on_broken_sources()
    {
        var corpus = Declarations.All
            .SelectMany((source, i) => BrokenSources.Truncations(source).Concat(BrokenSources.RandomDeletions(source, RandomVariantsPerDeclaration, seed: 1000 + i)))
            .ToList();
        Assert.True(corpus.Count >= MinimumCompilations, $"only {corpus.Count} compilations");

        var failures = new ConcurrentQueue<string>();
        int withOutput = 0;
        var generator = new ServiceLevelContractGenerator().AsSourceGenerator();
        Parallel.ForEach(corpus, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, text =>
        {
            var compilation = TestCompilation.Create(CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions));
            var run = CSharpGeneratorDriver.Create([generator], parseOptions: TestCompilation.ParseOptions).RunGenerators(compilation).GetRunResult();
            var result = run.Results.Single();
            if (result.Exception is not null || run.Diagnostics.Any(d => d.Id == "CS8785"))
            {
                failures.Enqueue(result.Exception + "\n--- source ---\n" + text);
            }

            if (!result.GeneratedSources.IsEmpty)
            {
                Interlocked.Increment(ref withOutput);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {corpus.Count} runs threw; first:\n{failures.FirstOrDefault()}");

        // The corpus must reach the emitter too, not only the early exits.
        Assert.InRange(withOutput, corpus.Count / 10, corpus.Count - 1);
    }
}
