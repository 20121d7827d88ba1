using System.Text.RegularExpressions;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// Compares a page's <c>text</c> block with what a snippet produced: the same number of lines, each
/// equal, except that an ellipsis <c>…</c> in the page's line stands for any text (the docs shorten
/// long messages that way). Trailing white space and trailing blank lines do not count.
/// </summary>
internal static class OutputPattern
{
    /// <summary>Null when <paramref name="actual"/> fits <paramref name="expected"/>, else a description of the first difference.</summary>
    public static string? Mismatch(string expected, IReadOnlyList<string> actual)
    {
        string[] patterns = Lines(expected);
        string[] lines = [.. actual.Select(l => l.TrimEnd())];
        for (int i = 0; i < Math.Max(patterns.Length, lines.Length); i++)
        {
            if (i >= patterns.Length || i >= lines.Length || !Fits(patterns[i], lines[i]))
            {
                return $"line {i + 1} differs.\nThe page shows:\n  {(i < patterns.Length ? patterns[i] : "(nothing)")}\nThe snippet gives:\n  {(i < lines.Length ? lines[i] : "(nothing)")}\n"
                    + $"All that the snippet gives:\n{string.Join("\n", lines)}";
            }
        }

        return null;
    }

    public static string[] Lines(string text) => [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n').Select(l => l.TrimEnd())];

    private static bool Fits(string pattern, string line) =>
        Regex.IsMatch(line, "^" + string.Join(".*", pattern.Split('…').Select(Regex.Escape)) + "$", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
}
