using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, with incremental step tracking on.</summary>
internal static class GeneratorRun
{
    public static GeneratorDriver CreateDriver(string? rulesOverlay = null) =>
        CSharpGeneratorDriver.Create(
            [new ServiceLevelContractGenerator().AsSourceGenerator()],
            additionalTexts: rulesOverlay is null ? [] : [new OverlayFile(rulesOverlay)],
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
    public static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) Compile(Compilation compilation, string? rulesOverlay = null)
    {
        CreateDriver(rulesOverlay).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return (output, [.. generatorDiagnostics, .. output.GetDiagnostics()]);
    }

    /// <summary>A project's kpo.rules.json, as the build hands it to the generator.</summary>
    public sealed class OverlayFile(string text) : AdditionalText
    {
        public override string Path => "/project/kpo.rules.json";

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
