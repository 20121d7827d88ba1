using System.Collections.Immutable;
using KpoSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Tests.Documents;

/// <summary>Runs every analyzer over an empty compilation with JSON documents as AdditionalFiles, failing on any analyzer exception.</summary>
internal static class DocumentRunner
{
    private static readonly Compilation s_empty = AnalyzerRunner.Compile("class C;");

    public static Task<ImmutableArray<Diagnostic>> Analyze(params (string Path, string Text)[] files) => Analyze(TestReferences.RulesDate, null, files);

    public static async Task<ImmutableArray<Diagnostic>> Analyze(string rulesDate, string? overlay, params (string Path, string Text)[] files)
    {
        var runner = new AnalyzerRunner();
        var diagnostics = await runner.RunAsync(s_empty, rulesDate, overlay, files);
        Assert.Empty(runner.Exceptions);
        return diagnostics;
    }
}
