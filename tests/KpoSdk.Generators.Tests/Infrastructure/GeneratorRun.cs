using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, with incremental step tracking on.</summary>
internal static class GeneratorRun
{
    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ServiceLevelContractGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; fails on a generator exception.</summary>
    public static GeneratorRunResult Run(Compilation compilation)
    {
        var result = CreateDriver().RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    /// <summary>The generated files by hint name.</summary>
    public static IReadOnlyDictionary<string, string> Sources(GeneratorRunResult result) =>
        result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The input compilation with the generated files, and every diagnostic of the whole (warnings are errors).</summary>
    public static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Compile(Compilation compilation)
    {
        CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return (output, [.. generatorDiagnostics, .. output.GetDiagnostics()]);
    }
}
