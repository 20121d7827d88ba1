using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// One source in a workspace with every KpoSdk analyzer's diagnostics, for what the markup
/// verifier cannot show: the whole list of actions a provider offers for each diagnostic, in
/// order, and Fix All started the way <c>dotnet format analyzers</c> starts it (any equivalence
/// key, one diagnostic ID, the solution scope).
/// </summary>
internal sealed class CodeFixRunner : IDisposable
{
    private readonly AdhocWorkspace _workspace;

    private CodeFixRunner(AdhocWorkspace workspace, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        _workspace = workspace;
        Document = document;
        Diagnostics = diagnostics;
    }

    public Document Document { get; }

    /// <summary>The analyzers' diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static async Task<CodeFixRunner> CreateAsync(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Tests", "Tests", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .AddMetadataReferences(TestReferences.All);
        var document = project.AddDocument("Test.cs", source, filePath: "/src/Test.cs");
        var compilation = await document.Project.GetCompilationAsync(TestContext.Current.CancellationToken);
        var analyzers = new AnalyzerRunner();
        var diagnostics = await analyzers.RunAsync(compilation!);
        Assert.Empty(analyzers.Exceptions);
        return new CodeFixRunner(workspace, document, [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start)]);
    }

    /// <summary>The (ID, title, equivalence key) of every action <paramref name="provider"/> registers, diagnostic by diagnostic.</summary>
    public async Task<IReadOnlyList<(string Id, string Title, string? Key)>> ActionsAsync(CodeFixProvider provider)
    {
        var actions = new List<(string, string, string?)>();
        foreach (var diagnostic in Diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)))
        {
            var registered = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(Document, diagnostic, (a, _) => registered.Add(a), TestContext.Current.CancellationToken));
            actions.AddRange(registered.Select(a => (diagnostic.Id, a.Title, a.EquivalenceKey)));
        }

        return actions;
    }

    /// <summary>
    /// The text after <paramref name="provider"/>'s Fix All for <paramref name="diagnosticId"/> in the
    /// solution, started with <paramref name="equivalenceKey"/>, as <c>dotnet format</c> starts it
    /// (it passes the key of the first action of the first diagnostic it finds, or null).
    /// </summary>
    public async Task<string> FixAllAsync(CodeFixProvider provider, string diagnosticId, string? equivalenceKey)
    {
        var context = new FixAllContext(Document, provider, FixAllScope.Solution, equivalenceKey!, [diagnosticId], new Provider(Diagnostics), TestContext.Current.CancellationToken);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action.GetOperationsAsync(TestContext.Current.CancellationToken);
        var solution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        return (await solution.GetDocument(Document.Id)!.GetTextAsync(TestContext.Current.CancellationToken)).ToString();
    }

    public void Dispose() => _workspace.Dispose();

    private sealed class Provider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
