using System.Collections.Immutable;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Tests.Agreement;

/// <summary>
/// The generator and the analyzers agree on which declarations are contracts: over the
/// <see cref="DeclarationCorpus"/>, the generator completes the type exactly when no
/// malformed-input or declaration error (KPO0001-0099, KPO9001-9099) and no C# error is reported;
/// when it emits the throwing fallback part instead, or nothing, such an error explains why. So
/// nothing the generator does not complete goes unexplained, and nothing it completes is called invalid. Rule errors (KPO1xxx-3xxx) say a contract is unlawful or inconsistent, not that
/// it cannot be generated, and do not count.
/// </summary>
public sealed class GeneratorAgreementTests
{
    [Fact]
    public async Task The_generator_emits_a_contract_exactly_when_no_declaration_error_explains_why_not()
    {
        var runner = new AnalyzerRunner();
        var cases = DeclarationCorpus.All().ToArray();
        var outcomes = new (Output Emitted, bool CompilerError, ImmutableArray<Diagnostic> Analyzer)[cases.Length];
        await Parallel.ForAsync(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = TestContext.Current.CancellationToken }, async (i, _) =>
        {
            var compilation = AnalyzerRunner.Compile(cases[i].Source);
            bool compilerError = compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);
            outcomes[i] = (Generate(compilation), compilerError, await runner.RunAsync([cases[i].Source]));
        });

        var disagreements = new List<string>();
        for (int i = 0; i < cases.Length; i++)
        {
            var (emitted, compilerError, analyzer) = outcomes[i];
            var explaining = analyzer.Where(IsDeclarationError).ToList();
            if (compilerError != cases[i].CompilerExplains)
            {
                disagreements.Add($"{cases[i]}: {(compilerError ? "unexpected" : "no")} C# error");
            }

            if ((emitted == Output.Complete) == (compilerError || explaining.Count > 0))
            {
                disagreements.Add($"{cases[i]}: the generator emitted {emitted}, the analyzers reported [{string.Join("; ", explaining.Select(d => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))}]");
            }
        }

        Assert.Empty(runner.Exceptions);
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {cases.Length} cases disagree:\n" + string.Join("\n", disagreements));
        Assert.True(cases.Length >= 100, $"{cases.Length} cases");
        Assert.InRange(outcomes.Count(o => o.Emitted == Output.Complete), 15, cases.Length - 100);

        // A value the reader rejects still gets the throwing part (so the KPO error is the only one); a shape error gets none.
        Assert.Contains(outcomes, o => o.Emitted == Output.Fallback);
        Assert.Contains(outcomes, o => o.Emitted == Output.None);
    }

    [Fact]
    public async Task A_rule_error_does_not_stop_the_generator()
    {
        var sanctioned = DeclarationCorpus.All().Single(c => c.Name.StartsWith("sanctioned delivery", StringComparison.Ordinal));

        var diagnostics = await new AnalyzerRunner().RunAsync([sanctioned.Source]);

        Assert.Contains(diagnostics, d => d.Id == DiagnosticIds.SanctionedJurisdiction && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(Output.Complete, Generate(AnalyzerRunner.Compile(sanctioned.Source)));
    }

    [Fact]
    public async Task The_analyzers_do_not_mistake_the_generated_part_for_the_users_members()
    {
        var valid = DeclarationCorpus.All().Where(c => c.Name.EndsWith(", valid", StringComparison.Ordinal)).Select(c => c.Source).ToArray();
        var compilation = AnalyzerRunner.Compile(valid[0]);
        CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()], parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out _, TestContext.Current.CancellationToken);
        Assert.True(withGenerated.SyntaxTrees.Count() > compilation.SyntaxTrees.Length);

        var runner = new AnalyzerRunner();
        var diagnostics = await runner.RunAsync(withGenerated);

        Assert.Empty(runner.Exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == DiagnosticIds.ContractNotCompletable);
    }

    private static bool IsDeclarationError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error
        && (diagnostic.Id.StartsWith("KPO0", StringComparison.Ordinal) || diagnostic.Id.StartsWith("KPO9", StringComparison.Ordinal));

    /// <summary>What the generator emitted for the contract type; fails on a generator exception.</summary>
    private static Output Generate(CSharpCompilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()], parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options);
        var result = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        var contracts = result.GeneratedSources.Where(s => s.HintName.EndsWith(".ServiceLevelContract.g.cs", StringComparison.Ordinal)).ToList();
        return contracts.Count == 0 ? Output.None
            : contracts.Any(s => s.SourceText.ToString().Contains("GeneratedContractSupport.NotGenerated(", StringComparison.Ordinal)) ? Output.Fallback
            : Output.Complete;
    }

    /// <summary>What the generator emits for a declaration.</summary>
    private enum Output
    {
        /// <summary>No part: the type cannot take one.</summary>
        None,

        /// <summary>The part whose members throw: a value is invalid.</summary>
        Fallback,

        /// <summary>The contract.</summary>
        Complete,
    }
}
