using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpoSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// The generator against a naive reference (<see cref="NaiveContractGenerator"/>) on synthetic
/// projects: a cold run on a fresh compilation, and a keystroke in a file without contracts after
/// a first run. The setup fails unless both produce the same files and the real generator
/// regenerates nothing after the keystroke.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SteadyStateConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    private SyntheticProject _project = null!;
    private Compilation _primed = null!;
    private GeneratorDriver _realDriver = null!;
    private GeneratorDriver _naiveDriver = null!;
    private Compilation _fresh = null!;
    private int _keystroke;

    [Params("400 files, 40 contracts", "2000 files, 400 contracts")]
    public string Project { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _project = Project.StartsWith("400 ", StringComparison.Ordinal) ? new SyntheticProject(400, 40) : new SyntheticProject(2000, 400);
        var compilation = _project.CreateCompilation();
        var real = Files(Run(new ServiceLevelContractGenerator(), compilation));
        var naive = Files(Run(new NaiveContractGenerator(), compilation));
        // A file per contract, the registry and the project's rules (ProjectRules.g.cs).
        if (real.Count != ContractCount + 2 || !real.SequenceEqual(naive))
        {
            throw new InvalidOperationException($"The generators disagree: {real.Count} files against {naive.Count} (expected {ContractCount + 2}, the same in both).");
        }

        CheckKeystrokeRegeneratesNothing();
        _primed = compilation;
        _realDriver = Driver(new ServiceLevelContractGenerator()).RunGenerators(compilation);
        _naiveDriver = Driver(new NaiveContractGenerator()).RunGenerators(compilation);
    }

    /// <summary>
    /// A new compilation of the same trees whose references are bound, as the compiler binds them
    /// whatever generators run, and nothing else: no declaration or semantic information is cached.
    /// </summary>
    [IterationSetup(Targets = [nameof(ColdNaive), nameof(ColdGenerator), nameof(ColdAttributeMatchingFloor)])]
    public void FreshCompilation()
    {
        _fresh = _project.CreateCompilation();
        _ = _fresh.GetSpecialType(SpecialType.System_Object);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Cold")]
    public GeneratorDriver ColdNaive() => Driver(new NaiveContractGenerator()).RunGenerators(_fresh);

    [Benchmark]
    [BenchmarkCategory("Cold")]
    public GeneratorDriver ColdGenerator() => Driver(new ServiceLevelContractGenerator()).RunGenerators(_fresh);

    /// <summary>Not a candidate: the cost of <c>ForAttributeWithMetadataName</c> itself, for reading the cold ratio.</summary>
    [Benchmark]
    [BenchmarkCategory("Cold")]
    public GeneratorDriver ColdAttributeMatchingFloor() => Driver(new AttributeMatchingFloorGenerator()).RunGenerators(_fresh);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Keystroke")]
    public GeneratorDriver KeystrokeNaive() => _naiveDriver = _naiveDriver.RunGenerators(NextKeystroke());

    [Benchmark]
    [BenchmarkCategory("Keystroke")]
    public GeneratorDriver KeystrokeGenerator() => _realDriver = _realDriver.RunGenerators(NextKeystroke());

    private int ContractCount => Project.StartsWith("400 ", StringComparison.Ordinal) ? 40 : 400;

    internal static GeneratorDriver Driver(IIncrementalGenerator generator, bool track = false) =>
        CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    internal static GeneratorRunResult Run(IIncrementalGenerator generator, Compilation compilation) =>
        Driver(generator).RunGenerators(compilation).GetRunResult().Results.Single();

    internal static List<(string, string)> Files(GeneratorRunResult result) =>
        result.Exception is { } exception
            ? throw new InvalidOperationException("A generator threw.", exception)
            : [.. result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(f => f.HintName, StringComparer.Ordinal)];

    /// <summary>A fresh compilation in which the unrelated file differs from the previous run's.</summary>
    private Compilation NextKeystroke()
    {
        var old = _project.Trees[_project.UnrelatedFile];
        return _primed.ReplaceSyntaxTree(old, _project.EditedUnrelatedFile(_keystroke++));
    }

    private void CheckKeystrokeRegeneratesNothing()
    {
        var compilation = _project.CreateCompilation();
        var driver = Driver(new ServiceLevelContractGenerator(), track: true).RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(_project.Trees[_project.UnrelatedFile], _project.EditedUnrelatedFile(0));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        var reasons = result.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        if (reasons.Count == 0 || reasons.Any(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged)))
        {
            throw new InvalidOperationException("The generator regenerated output after an unrelated keystroke: " + string.Join(", ", reasons.Distinct()));
        }
    }
}
