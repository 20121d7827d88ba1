namespace KpoSdk.Shared.Docs;

/// <summary>
/// A fenced code block of a Markdown page: its info string (<c>csharp</c>, <c>sh</c>, <c>text</c>…),
/// its text, and the HTML comment on the last non-blank line before it, which is the block's marker.
/// </summary>
/// <param name="Page">The page, relative to the repository root, with <c>/</c> separators.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Language">The info string, e.g. <c>csharp</c>; empty when the fence has none.</param>
/// <param name="Text">The lines between the fences, each ending in <c>\n</c>.</param>
/// <param name="Marker">The text inside the <c>&lt;!-- … --&gt;</c> before the block, trimmed, or null.</param>
internal sealed record FencedBlock(string Page, int Line, string Language, string Text, string? Marker)
{
    /// <summary>The block's first line in the page (the line after the fence).</summary>
    public int FirstTextLine => Line + 1;

    /// <summary>Where the block is, as <c>page:line</c>, the form test names and messages use.</summary>
    public override string ToString() => $"{Page}:{Line}";
}
