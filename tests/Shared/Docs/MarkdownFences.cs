namespace KpoSdk.Shared.Docs;

/// <summary>
/// Finds the fenced code blocks of a Markdown page (CommonMark fences of three or more backticks,
/// indented by at most three spaces) and the marker comment before each.
/// </summary>
internal static class MarkdownFences
{
    public static IReadOnlyList<FencedBlock> Parse(string page, string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<FencedBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (OpeningFence(lines[i]) is not { } fence)
            {
                continue;
            }

            int open = i;
            var text = new System.Text.StringBuilder();
            for (i++; i < lines.Length && !IsClosingFence(lines[i], fence.Length); i++)
            {
                text.Append(lines[i]).Append('\n');
            }

            if (i == lines.Length)
            {
                throw new FormatException($"{page}:{open + 1}: the code block opened here is never closed.");
            }

            string language = lines[open].Trim()[fence.Length..].Trim();
            blocks.Add(new FencedBlock(page, open + 1, language, text.ToString(), MarkerBefore(lines, open)));
        }

        return blocks;
    }

    private static string? OpeningFence(string line)
    {
        string trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || !trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed[..(trimmed.Length - trimmed.TrimStart('`').Length)];
    }

    private static bool IsClosingFence(string line, int length)
    {
        string trimmed = line.Trim();
        return trimmed.Length >= length && trimmed.TrimStart('`').Length == 0 && line.Length - line.TrimStart(' ').Length <= 3;
    }

    /// <summary>The comment on the last non-blank line before the fence, if that line is one whole comment.</summary>
    private static string? MarkerBefore(string[] lines, int fence)
    {
        for (int i = fence - 1; i >= 0; i--)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            return line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal)
                ? line[4..^3].Trim()
                : null;
        }

        return null;
    }
}
