using KpoSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Tests.Incremental;

/// <summary>
/// The generator redoes only what an edit touches: an unrelated edit leaves every named step and
/// every source output cached or unchanged, and an edit inside one contract regenerates that
/// contract's file only.
/// </summary>
public sealed class CachingTests
{
    private const string Unrelated = """
        namespace Acme.Billing
        {
            /// <summary>Unrelated code.</summary>
            public static class InvoiceNumbers
            {
                /// <summary>The next number.</summary>
                public static int Next(int last) => last + 1;
            }
        }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun(Declarations.OneContract, Declarations.SeveralContractsInOneFile, Unrelated);
        var edited = Replace(compilation, 2, Unrelated.Replace("last + 1", "last + 2"));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var outputs = StepOutputs.Of(result).ToList();
        Assert.Equal(StepOutputs.Names.Length, outputs.Select(o => o.Step).Distinct().Count());
        Assert.All(outputs, o => Assert.True(IsReused(o.Reason), $"{o.Step} output {o.Value} was {o.Reason}"));
        var sources = StepOutputs.SourceOutputReasons(result).ToList();
        Assert.Equal(6, sources.Count);
        Assert.All(sources, reason => Assert.True(IsReused(reason), reason.ToString()));
    }

    [Fact]
    public void An_edit_inside_one_contract_regenerates_only_that_contract()
    {
        var (driver, compilation) = FirstRun(Declarations.OneContract, Declarations.SeveralContractsInOneFile, Unrelated);
        var edited = Replace(compilation, 1, Declarations.SeveralContractsInOneFile.Replace("\"PT90M\"", "\"PT95M\""));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var contractOutputs = StepOutputs.Of(result).Where(o => o.Step == TrackingNames.Outputs).ToList();
        var modified = Assert.Single(contractOutputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("JapaneseAuditPreparation", modified.Value.ToString());
        Assert.All(contractOutputs.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.True(IsReused(o.Reason), o.Reason.ToString()));
        Assert.All(StepOutputs.Of(result).Where(o => o.Step is TrackingNames.Registry or TrackingNames.RegistryEntries), o => Assert.True(IsReused(o.Reason), $"{o.Step}: {o.Reason}"));
        Assert.Single(StepOutputs.SourceOutputReasons(result), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains("FromMinutes(95)", result.GeneratedSources.Single(s => s.HintName.Contains("JapaneseAuditPreparation", StringComparison.Ordinal)).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_contract_adds_its_file_and_updates_the_registry()
    {
        var (driver, compilation) = FirstRun(Declarations.OneContract, Unrelated);
        var added = compilation.AddSyntaxTrees(TestCompilation.Parse(Declarations.GlobalNamespace, "Added.cs"));

        var result = driver.RunGenerators(added, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("OntarioLegalResearch", StringComparison.Ordinal));
        Assert.Contains("global::OntarioLegalResearch()", result.GeneratedSources.Single(s => s.HintName == "ServiceLevelContractRegistry.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_compilation_or_location()
    {
        var (driver, compilation) = FirstRun([.. Declarations.All, Unrelated]);
        var first = driver.GetRunResult().Results.Single();
        var second = driver.RunGenerators(Replace(compilation, 0, Declarations.OneContract.Replace("PT4H", "PT6H")), TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var outputs = StepOutputs.Of(first).Concat(StepOutputs.Of(second)).ToList();
        Assert.Equal(StepOutputs.Names.Length, outputs.Select(o => o.Step).Distinct().Count());
        Assert.All(outputs, o => Assert.Null(ForbiddenObjectWalker.FindForbidden(o.Value)));
    }

    [Fact]
    public void The_walker_finds_a_symbol_hidden_in_a_model()
    {
        var compilation = TestCompilation.Create(Unrelated);
        var symbol = compilation.GetTypeByMetadataName("Acme.Billing.InvoiceNumbers")!;

        Assert.NotNull(ForbiddenObjectWalker.FindForbidden(new { Name = "x", Items = new object[] { 1, (symbol, 2) } }));
        Assert.NotNull(ForbiddenObjectWalker.FindForbidden(ImmutableArrayOf(symbol.Locations[0])));
        Assert.Null(ForbiddenObjectWalker.FindForbidden(new { Name = "x", Items = new object[] { 1, ("y", 2) } }));
    }

    private static object ImmutableArrayOf(Location location) => System.Collections.Immutable.ImmutableArray.Create(location);

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params string[] sources)
    {
        var compilation = TestCompilation.Create(sources.Select((s, i) => TestCompilation.Parse(s, $"File{i}.cs")));
        var driver = GeneratorRun.CreateDriver().RunGenerators(compilation);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        return (driver, compilation);
    }

    private static Compilation Replace(Compilation compilation, int index, string text)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, TestCompilation.Parse(text, old.FilePath));
    }
}
