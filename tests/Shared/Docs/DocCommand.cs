namespace KpoSdk.Shared.Docs;

/// <summary>One command line of a <c>sh</c> block, without its trailing <c># comment</c>.</summary>
/// <param name="Block">The block it is in.</param>
/// <param name="Line">Its 1-based line in the page.</param>
/// <param name="Command">The command as written, trimmed.</param>
internal sealed record DocCommand(FencedBlock Block, int Line, string Command)
{
    /// <summary>The words of the command (the docs' commands quote nothing, so white space separates them).</summary>
    public string[] Words => Command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"{Block.Page}:{Line}: {Command}";
}
