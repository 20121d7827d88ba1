namespace KpoSdk.Shared.Docs;

/// <summary>
/// The command lines of the docs' <c>sh</c> blocks, and which test runs each: a test that runs
/// commands asks for the lines its class is named for, and must run every one of them.
/// </summary>
internal static class DocCommands
{
    /// <summary>The command lines of a <c>sh</c> block: neither blank nor a comment, trailing comments removed.</summary>
    public static IReadOnlyList<DocCommand> Lines(FencedBlock block)
    {
        var commands = new List<DocCommand>();
        string[] lines = block.Text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            int comment = line.IndexOf(" #", StringComparison.Ordinal);
            string command = (comment >= 0 ? line[..comment] : line).Trim();
            if (command.Length > 0 && !command.StartsWith('#'))
            {
                commands.Add(new DocCommand(block, block.FirstTextLine + i, command));
            }
        }

        return commands;
    }

    /// <summary>
    /// Every command line of every tested page whose marker says <paramref name="runner"/> runs it,
    /// in page order; throws if there is none, so that a runner cannot silently lose its lines.
    /// </summary>
    public static IReadOnlyList<DocCommand> RunBy(string runner)
    {
        var lines = DocPages.AllBlocks
            .Where(b => b.Language == "sh" && b.Marker is not null && b.Marker.StartsWith(CommandMarker.Keyword, StringComparison.Ordinal))
            .SelectMany(b => Lines(b).Where(l => CommandMarker.Parse(b.Marker!).ClauseFor(l.Command)?.Runner == runner))
            .ToList();
        return lines.Count > 0 ? lines : throw new InvalidOperationException($"No sh block of the docs has a line that its marker says {runner} runs.");
    }
}
