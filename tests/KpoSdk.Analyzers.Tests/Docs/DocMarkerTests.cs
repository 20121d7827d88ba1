using KpoSdk.Shared.Docs;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>The marker vocabulary and the Markdown reading the docs tests rely on.</summary>
public sealed class DocMarkerTests
{
    [Fact]
    public void Fences_are_read_with_the_comment_on_the_last_non_blank_line_before_them()
    {
        var blocks = MarkdownFences.Parse("page.md", "Text\n<!-- compile: fails KPO0001 -->\n\n```csharp\nvar x = 1;\n```\nprose\n````text\n```\n````\n");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(new FencedBlock("page.md", 4, "csharp", "var x = 1;\n", "compile: fails KPO0001"), blocks[0]);
        Assert.Equal(new FencedBlock("page.md", 8, "text", "```\n", null), blocks[1]);
        Assert.Throws<FormatException>(() => MarkdownFences.Parse("page.md", "```sh\ndotnet test\n"));
    }

    [Fact]
    public void Compile_markers_read_every_clause_and_reject_what_is_not_one()
    {
        var marker = CompileMarker.Parse("compile: fails KPO1003 CS0246 KPO1003; rules-date 2026-12-03");
        var edit = CompileMarker.Parse("compile: edits `Shifts = [new Shift(\"a;b\"`; silent");

        Assert.Equal(["KPO1003", "CS0246", "KPO1003"], marker.Expected);
        Assert.True(marker.Fails);
        Assert.Equal("2026-12-03", marker.RulesDate);
        Assert.Equal("Shifts = [new Shift(\"a;b\"", edit.Edits);
        Assert.True(edit.Silent);
        Assert.Null(edit.EditsThrough);
        var through = CompileMarker.Parse("compile: edits `var priya` through `}]);`");
        Assert.Equal(("var priya", "}]);"), (through.Edits, through.EditsThrough));
        Assert.Equal(CompileMarker.DefaultRulesDate, CompileMarker.Parse(null).RulesDate);
        Assert.Equal("no complete form", CompileMarker.Parse("compile: fragment: no complete form").FragmentReason);
        foreach (string wrong in new[] { "compile: fails", "compile: fails KPO1", "compile: warns KPO2001; fails KPO0001", "compile: continues; edits `x`", "compile: edits `x` through", "compile: edits `x` until `y`", "compile: rules-date 2026-13-01", "compile: fragment: why; continues", "compile: silent; fails KPO0001", "compile: passes", "output: run" })
        {
            Assert.Throws<FormatException>(() => CompileMarker.Parse(wrong));
        }
    }

    [Fact]
    public void Command_markers_assign_each_line_to_the_clause_with_the_longest_prefix()
    {
        var marker = CommandMarker.Parse("commands: \"dotnet run --project a\" run by ATests: as written; \"dotnet run --project a -- --check\" run by BTests; not run: it writes files");

        Assert.Equal("ATests", marker.ClauseFor("dotnet run --project a")!.Runner);
        Assert.Equal("BTests", marker.ClauseFor("dotnet run --project a -- --check")!.Runner);
        Assert.Equal("it writes files", marker.ClauseFor("dotnet test")!.Reason);
        Assert.Null(CommandMarker.Parse("commands: \"kpo\" run by CTests").ClauseFor("dotnet test"));
        foreach (string wrong in new[] { "commands: run by", "commands: run by Some Tests", "commands: not run:", "commands: \"x run by ATests", "commands: run by ATests; run by BTests", "install: run by ATests" })
        {
            Assert.Throws<FormatException>(() => CommandMarker.Parse(wrong));
        }
    }

    [Fact]
    public void Command_lines_drop_comments_and_blank_lines()
    {
        var block = new FencedBlock("page.md", 10, "sh", "dotnet pack   # the package\n\n# or:\ndotnet test\n", "commands: run by ATests");

        var lines = DocCommands.Lines(block);

        Assert.Equal([(11, "dotnet pack"), (14, "dotnet test")], lines.Select(l => (l.Line, l.Command)));
        Assert.Equal(["run", "-c", "Release", "--no-build", "--project", "x", "--", "--check"], new DocCommand(block, 1, "dotnet run --project x -- --check").DotnetRunWithoutBuild("Release"));
    }

    [Fact]
    public void Output_lines_match_with_an_ellipsis_for_any_text()
    {
        Assert.Null(OutputPattern.Mismatch("a … z\nb (1)…\n", ["a to z", "b (1) more  "]));
        Assert.NotNull(OutputPattern.Mismatch("a … z", ["a to y"]));
        Assert.NotNull(OutputPattern.Mismatch("a", ["a", "b"]));
        Assert.NotNull(OutputPattern.Mismatch("a\nb", ["a"]));
    }
}
