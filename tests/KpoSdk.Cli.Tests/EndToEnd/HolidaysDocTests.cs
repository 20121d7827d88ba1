using KpoSdk.Cli.Tests.Infrastructure;
using KpoSdk.Shared.Docs;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The <c>kpo holidays</c> examples of the docs (docs/cli.md), run in process as written: each
/// prints exactly the page's next <c>text</c> block.
/// </summary>
public sealed class HolidaysDocTests
{
    public static TheoryData<string> Commands() => [.. DocCommands.RunBy(nameof(HolidaysDocTests)).Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_example_prints_what_the_page_shows(string line)
    {
        var command = DocCommands.RunBy(nameof(HolidaysDocTests)).Single(c => c.ToString() == line);
        Assert.Equal(["kpo", "holidays"], command.Words[..2]);
        var shown = DocPages.Blocks(command.Block.Page)
            .FirstOrDefault(b => b.Line > command.Block.Line && b.Language == "text")
            ?? throw new InvalidOperationException($"{command}: no text block after it shows its output.");

        var result = Kpo.Run(command.Words[1..]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(shown.Text, result.Output);
    }
}
