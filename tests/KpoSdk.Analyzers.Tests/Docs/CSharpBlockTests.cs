using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// Every <c>csharp</c> block of README.md, the packages' read-me files and docs/ builds as a newcomer's
/// project would build it (<see cref="SnippetCompiler"/>): with no diagnostic at all unless its
/// <see cref="CompileMarker"/> names the diagnostics it exists to show; and every block that is a
/// program runs to exit code 0, printing what the page's <c>output: run</c> block shows.
/// </summary>
public sealed class CSharpBlockTests(SnippetPrograms programs) : IClassFixture<SnippetPrograms>
{
    public static TheoryData<string> CompiledBlocks() => [.. DocSnippets.All.Where(s => s.Marker.IsCompiled).Select(s => s.ToString())];

    public static TheoryData<string> BuildOutputs() => [.. DocOutputs.All.Where(o => o.Kind == OutputMarker.Build).Select(o => o.ToString())];

    [Theory]
    [MemberData(nameof(CompiledBlocks))]
    public async Task The_block_builds_with_exactly_the_diagnostics_its_marker_names_and_a_program_runs(string block)
    {
        var snippet = DocSnippets.Find(block);

        var build = await SnippetCompiler.BuildAsync(snippet);

        var problems = snippet.Project.Select(part => Mismatch(part, build.Of(part))).OfType<string>().ToList();
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.True(!snippet.Marker.Silent || (build.Project.IsProgram && build.Diagnostics.Count == 0), $"{block} is marked silent, but it is not a program that builds clean.");
        if (build.Project.IsProgram && build.Diagnostics.Count == 0)
        {
            await RunAsync(build);
        }
    }

    [Theory]
    [MemberData(nameof(BuildOutputs))]
    public async Task The_build_output_a_page_shows_is_what_the_build_reports(string block)
    {
        var output = DocOutputs.All.Single(o => o.ToString() == block);

        var build = await SnippetCompiler.BuildAsync(output.Snippet);

        string? mismatch = OutputPattern.Mismatch(output.Block.Text, [.. build.Diagnostics.Select(SnippetBuild.Format)]);
        Assert.True(mismatch is null, $"{block} shows the build output of {output.Snippet}, but {mismatch}");
    }

    private async Task RunAsync(SnippetBuild build)
    {
        var result = await programs.RunAsync(build);

        Assert.True(result.ExitCode == 0, $"{build.Snippet} builds but does not run to exit code 0: {result}");
        Assert.True(!build.Snippet.Marker.Silent || result.Output.Length == 0, $"{build.Snippet} is marked silent but prints:\n{result.Output}");
        if (DocOutputs.PrintedBy(build.Snippet) is { } printed)
        {
            string? mismatch = OutputPattern.Mismatch(printed.Block.Text, OutputPattern.Lines(result.Output));
            Assert.True(mismatch is null, $"{printed.Block} shows what {build.Snippet} prints, but {mismatch}");
        }
    }

    /// <summary>Null when the diagnostics charged to <paramref name="block"/> are what its marker says, else why not.</summary>
    private static string? Mismatch(DocSnippet block, IReadOnlyList<Diagnostic> diagnostics)
    {
        var marker = block.Marker;
        var actual = diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var expected = marker.Expected.Order(StringComparer.Ordinal).ToList();
        bool anyError = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        string? problem = !actual.SequenceEqual(expected) ? $"its marker expects [{string.Join(' ', expected)}], the build reports [{string.Join(' ', actual)}]"
            : expected.Count > 0 && marker.Fails != anyError ? (marker.Fails ? "its marker says 'fails', but the build reports no error" : "its marker says 'warns', but the build reports an error")
            : null;
        return problem is null ? null : $"{block.Block}: {problem}:\n  {string.Join("\n  ", diagnostics.Select(SnippetBuild.Format))}";
    }
}
