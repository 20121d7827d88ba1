using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// Builds a snippet's project as a newcomer's net10.0 project that references the KpoSdk package
/// would build: the .NET 10 reference assemblies, KpoSdk, KpoSdk.Knowledge and the package's
/// dependencies (NodaTime, its System.Text.Json serializer, Ical.Net) as compile references, nullable
/// and implicit usings on, the source generator run, then every KpoSdk analyzer over the result
/// with the snippet's rules date.
/// </summary>
internal static class SnippetCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The package's run-time assemblies, which a program built from a snippet loads beside it.</summary>
    public static readonly ImmutableArray<string> PackageAssemblies =
    [
        typeof(Country).Assembly.Location,
        typeof(ServiceLine).Assembly.Location,
        typeof(NodaTime.Instant).Assembly.Location,
        typeof(NodaTime.Serialization.SystemTextJson.NodaConverters).Assembly.Location,
        typeof(Ical.Net.Calendar).Assembly.Location,
    ];

    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        // The warning level the .NET 10 SDK sets (AnalysisLevel 10); CS1701/CS1702 are in the SDK's NoWarn.
        .WithWarningLevel(10)
        .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);

    private static readonly CSharpCompilation s_base = CSharpCompilation.Create(
        "DocSnippet", references: [.. Net100.References.All, .. PackageAssemblies.Select(p => MetadataReference.CreateFromFile(p))], options: s_options);

    public static async Task<SnippetBuild> BuildAsync(DocSnippet snippet)
    {
        var project = new SnippetProject(snippet, ParseOptions);
        var compilation = s_base
            .WithOptions(s_options.WithOutputKind(project.IsProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary))
            .AddSyntaxTrees(project.Trees);
        CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        var runner = new AnalyzerRunner();
        var analyzerDiagnostics = await runner.RunAsync(output, snippet.Marker.RulesDate);
        Assert.True(runner.Exceptions.Count == 0, $"{snippet}: an analyzer threw:\n{string.Join("\n", runner.Exceptions)}");

        var diagnostics = generatorDiagnostics.Concat(output.GetDiagnostics()).Concat(analyzerDiagnostics)
            .Where(IsReported)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        return new SnippetBuild(snippet, project, output, diagnostics);
    }

    /// <summary>What a build shows: errors and warnings, and the KPO diagnostics of any severity but hidden (rules may say info).</summary>
    private static bool IsReported(Diagnostic diagnostic) =>
        !diagnostic.IsSuppressed
        && (diagnostic.Severity >= DiagnosticSeverity.Warning
            || (diagnostic.Severity == DiagnosticSeverity.Info && diagnostic.Id.StartsWith("KPO", StringComparison.Ordinal)));
}
