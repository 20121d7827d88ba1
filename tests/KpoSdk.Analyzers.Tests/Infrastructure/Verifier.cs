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

    /// <summary>
    /// Applies the action at <paramref name="codeActionIndex"/> (or with <paramref name="equivalenceKey"/>)
    /// to get <paramref name="fixedSource"/>, and Fix All started from it in a document, the project and
    /// the solution to get <paramref name="batchFixedSource"/> (by default the same). A guess, which Fix
    /// All never applies, passes the source unchanged there, with its diagnostics still marked.
    /// <paramref name="title"/>, when given, is the title the action must have;
    /// <paramref name="iterations"/> is how many actions the one-by-one run applies (by default one).
    /// </summary>
    public static async Task VerifyFixAsync<TFix>(
        string source, string fixedSource, int codeActionIndex = 0, string? equivalenceKey = null,
        string? batchFixedSource = null, string? title = null, int? iterations = null)
        where TFix : CodeFixProvider, new()
    {
        var test = new FixTest<TFix>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = equivalenceKey is null ? codeActionIndex : null,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
        };

        // The markup of the fixed sources marks what a fix leaves, such as a guess Fix All passed
        // over; by default the framework ignores markup of an ID the provider can fix.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        bool leftAlone = batchFixedSource == source;
        if (leftAlone)
        {
            // The framework takes a Fix All that changes nothing for a fix that should not have been
            // offered. Ours is offered on purpose: dotnet format reports a provider whose Fix All
            // returns nothing ("didn't return a Fix All action"). So it is checked below instead.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
        }
        else if (batchFixedSource is not null)
        {
            test.BatchFixedCode = batchFixedSource;
        }

        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        Configure(test.TestState, null);
        Configure(test.FixedState, null);
        Configure(test.BatchFixedState, null);
        await test.RunAsync(TestContext.Current.CancellationToken);
        if (leftAlone)
        {
            await AssertFixAllLeavesAsync(new TFix(), source);
        }
    }

    /// <summary>Fix All of each ID marked in <paramref name="source"/>, started with no key as dotnet format may start it, changes nothing.</summary>
    private static async Task AssertFixAllLeavesAsync(CodeFixProvider provider, string source)
    {
        string text = Markup.Strip(source);
        using var runner = await CodeFixRunner.CreateAsync(text);
        foreach (string id in Markup.Ids(source))
        {
            Assert.Equal(text, await runner.FixAllAsync(provider, id, equivalenceKey: null));
        }
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
