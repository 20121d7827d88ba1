using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// Markup tests (<c>{|KPO0001:"UK"|}</c>) of one analyzer, and of a code fix, over hermetic
/// references, with the rules date pinned to <see cref="TestReferences.RulesDate"/> unless a test
/// sets its own <c>.editorconfig</c>.
/// </summary>
internal static class Verifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, params string[] extraSources) => VerifyAsync(source, extraSources, additionalFiles: []);

    /// <summary>Markup in <paramref name="source"/> plus <paramref name="expected"/> diagnostics that markup cannot express (another severity, no location).</summary>
    public static Task VerifyExpectingAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(source, [], [], null, expected);

    public static Task VerifyAsync(string source, string[] extraSources, (string Path, string Text)[] additionalFiles, string? editorConfig = null, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.Sources.Add(source);
        foreach (string extra in extraSources)
        {
            test.TestState.Sources.Add(extra);
        }

        foreach (var file in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        Configure(test.TestState, editorConfig);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    public static Task VerifyFixAsync<TFix>(string source, string fixedSource, int codeActionIndex = 0, string? equivalenceKey = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        Configure(test.TestState, null);
        Configure(test.FixedState, null);
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    public static void Configure(SolutionState state, string? editorConfig)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(TestReferences.All);
        state.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig ?? $"root = true\n\n[*]\nkpo_rules_date = {TestReferences.RulesDate}\n"));
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
    }

    private sealed class FixTest<TFix> : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
    }
}
