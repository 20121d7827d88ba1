using System.Collections.Concurrent;
using System.Collections.Immutable;
using KpoSdk.Analyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs every KpoSdk analyzer over a compilation directly (no workspace), for the tests that need
/// many compilations or the messages themselves. Compilations derive from one base compilation, so
/// the references are bound once. Analyzer exceptions are collected, never swallowed.
/// </summary>
internal sealed class AnalyzerRunner
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers =
    [
        new AttributeInputAnalyzer(), new SdkCallAnalyzer(), new CountryServiceRuleAnalyzer(), new CatalogDesignationAnalyzer(),
        new ContractConsistencyAnalyzer(), new ContractDeclarationAnalyzer(), new ContractCompletenessAnalyzer(), new RuleConfigurationAnalyzer(),
        new JsonDocumentAnalyzer(), new GeneratedTypeConflictSuppressor(),
    ];

    private static readonly CSharpCompilation s_base = CSharpCompilation.Create(
        "Tests",
        references: TestReferences.All,
        options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private readonly ConcurrentQueue<Exception> _exceptions = new();

    /// <summary>Every exception an analyzer threw (AD0001), across all runs of this runner.</summary>
    public IReadOnlyCollection<Exception> Exceptions => _exceptions;

    public static CSharpCompilation Compile(params string[] sources) =>
        s_base.AddSyntaxTrees(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), path: $"/src/File{i}.cs")));

    /// <summary>The analyzer diagnostics of <paramref name="sources"/>, with the rules date and overlay given.</summary>
    public Task<ImmutableArray<Diagnostic>> RunAsync(string[] sources, string rulesDate = TestReferences.RulesDate, string? overlay = null) =>
        RunAsync(Compile(sources), rulesDate, overlay);

    /// <summary>The analyzer diagnostics of <paramref name="compilation"/> (e.g. one that holds the generated files, as a build does).</summary>
    public async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, string rulesDate = TestReferences.RulesDate, string? overlay = null, params (string Path, string Text)[] additionalFiles)
    {
        ImmutableArray<AdditionalText> files = [.. additionalFiles.Select(f => new InMemoryFile(f.Path, f.Text)), .. overlay is null ? [] : new[] { new InMemoryFile("/src/kpo.rules.json", overlay) }];
        var options = new AnalyzerOptions(files, new OptionsProvider(rulesDate));
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(options, (e, _, _) => _exceptions.Enqueue(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(TestContext.Current.CancellationToken);
        foreach (var d in diagnostics.Where(d => d.Id == "AD0001"))
        {
            _exceptions.Enqueue(new InvalidOperationException(d.ToString()));
        }

        return diagnostics;
    }

    private sealed class InMemoryFile(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(string rulesDate) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(rulesDate);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class Options(string rulesDate) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = rulesDate;
            return key == "kpo_rules_date";
        }
    }
}
