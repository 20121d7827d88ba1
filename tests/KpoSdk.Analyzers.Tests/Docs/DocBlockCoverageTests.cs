using System.Reflection;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Shared.Docs;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// No code block of the docs escapes the tests: every <c>csharp</c> block is built by
/// <see cref="CSharpBlockTests"/> unless it is a fragment that says why, every <c>sh</c> command
/// line is run by the test its marker names (a test that reads its lines with
/// <see cref="DocCommands.RunBy"/>) or says why it cannot be, and every marker is of the vocabulary
/// of docs/architecture.md (Tested documentation).
/// </summary>
public sealed class DocBlockCoverageTests
{
    /// <summary>The info strings a block may have: code that is tested, and data and output that are shown.</summary>
    private static readonly string[] s_languages = ["csharp", "sh", "text", "json", "ini", "xml"];

    [Fact]
    public void Every_block_is_labelled_with_a_language_the_tests_know()
    {
        var unknown = DocPages.AllBlocks.Where(b => !s_languages.Contains(b.Language)).Select(b => $"{b}: '{b.Language}'").ToList();

        Assert.True(unknown.Count == 0, $"Label code blocks csharp or sh (which are tested), or {string.Join(", ", s_languages[2..])}:\n{string.Join("\n", unknown)}");
        Assert.Contains(DocPages.AllBlocks, b => b.Language == "csharp");
        Assert.Contains(DocPages.AllBlocks, b => b.Language == "sh");
    }

    [Fact]
    public void Every_marker_before_a_block_is_of_the_vocabulary_of_its_language()
    {
        var problems = new List<string>();
        foreach (var block in DocPages.AllBlocks.Where(b => b.Marker is not null))
        {
            try
            {
                _ = block.Language switch
                {
                    "csharp" => CompileMarker.Parse(block.Marker),
                    "sh" => CommandMarker.Parse(block.Marker!),
                    "text" => (object?)OutputMarkers.Parse(block.Marker),
                    _ => throw new FormatException($"a {block.Language} block takes no marker"),
                };
            }
            catch (FormatException e)
            {
                problems.Add($"{block}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(DocSnippets.All);
        Assert.NotEmpty(DocOutputs.All);
    }

    [Fact]
    public void Every_csharp_block_is_built_unless_it_is_a_fragment_that_says_why()
    {
        var built = CSharpBlockTests.CompiledBlocks().Select(row => row.Data).ToHashSet(StringComparer.Ordinal);
        var fragments = DocSnippets.All.Where(s => !s.Marker.IsCompiled).ToList();

        var missed = DocPages.AllBlocks.Where(b => b.Language == "csharp" && !built.Contains(b.ToString()) && !fragments.Any(f => f.Block.ToString() == b.ToString())).ToList();

        Assert.Empty(missed);
        Assert.All(fragments, f => Assert.False(string.IsNullOrWhiteSpace(f.Marker.FragmentReason), $"{f} is a fragment without a reason."));
        Assert.True(fragments.Count <= built.Count / 10, $"{fragments.Count} fragments; a block that can be made whole should be: {string.Join(", ", fragments)}");
    }

    [Fact]
    public void Every_command_line_is_run_by_the_test_its_marker_names_or_says_why_it_is_not()
    {
        var problems = new List<string>();
        foreach (var block in DocPages.AllBlocks.Where(b => b.Language == "sh"))
        {
            if (block.Marker is null)
            {
                problems.Add($"{block}: no commands marker says which test runs its lines");
                continue;
            }

            var marker = CommandMarker.Parse(block.Marker);
            var lines = DocCommands.Lines(block);
            problems.AddRange(lines.Where(l => marker.ClauseFor(l.Command) is null).Select(l => $"{l}: no clause of the marker covers it"));
            problems.AddRange(marker.Clauses.Where(c => !lines.Any(l => marker.ClauseFor(l.Command) == c)).Select(c => $"{block}: the clause for {(c.Prefix is null ? "the other lines" : $"\"{c.Prefix}\"")} covers no line"));
            problems.AddRange(marker.Clauses.Where(c => c.Runner is not null && !RunnerReadsItsLines(c.Runner)).Select(c => $"{block}: no test class {c.Runner} under tests/ reads its lines with DocCommands.RunBy(nameof({c.Runner}))"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_snippets_are_checked_by_every_analyzer_of_the_package()
    {
        var all = typeof(KpoSdk.Analyzers.Analyzers.AttributeInputAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => t.FullName).Order(StringComparer.Ordinal);

        Assert.Equal(all, AnalyzerRunner.Analyzers.Select(a => a.GetType().FullName).Order(StringComparer.Ordinal));
    }

    private static bool RunnerReadsItsLines(string runner) =>
        Directory.EnumerateFiles(Path.Combine(DocPages.RepositoryRoot, "tests"), runner + ".cs", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains($"DocCommands.RunBy(nameof({runner}))", StringComparison.Ordinal));
}
