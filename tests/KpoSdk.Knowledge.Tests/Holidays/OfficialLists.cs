using System.Text.Json;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>
/// The official holiday lists the research helpers compared the data with (tests/…/Holidays/Official):
/// text files of "yyyy-MM-dd [@codes] note" lines whose first comment lines name the source (a line
/// with @codes counts only for those subdivisions; "#through MM-DD" ends a partial list), and
/// expected_asia.json, the Asian lists transcribed with their sources.
/// </summary>
internal static class OfficialLists
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Holidays", "Official", file);

    /// <summary>The source the file names (its leading comment lines).</summary>
    public static string Source(string file) =>
        string.Join(" ", File.ReadLines(PathOf(file)).TakeWhile(l => l.StartsWith('#')).Where(l => !l.StartsWith("#through", StringComparison.Ordinal)).Select(l => l.TrimStart('#', ' ')));

    /// <summary>The dates the list gives for a jurisdiction and year, and the last day it covers.</summary>
    public static (SortedSet<string> Dates, string Through) Dates(string file, string code, int year)
    {
        var dates = new SortedSet<string>(StringComparer.Ordinal);
        string through = $"{year}-12-31";
        foreach (string raw in File.ReadLines(PathOf(file)))
        {
            string line = raw.Trim();
            if (line.StartsWith("#through ", StringComparison.Ordinal))
            {
                through = $"{year}-{line[9..].Trim()}";
                continue;
            }

            if (line.Length < 10 || !char.IsDigit(line[0]) || line[..4] != year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts[1].StartsWith('@') && !parts[1][1..].Split(',').Contains(code))
            {
                continue;
            }

            dates.Add(parts[0]);
        }

        return (dates, through);
    }

    public sealed record AsiaCase(string Country, string? Subdivision, int Year, string Source, string[] Dates, string[]? Window, string[]? Unknown);

    public static IReadOnlyList<AsiaCase> Asia()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf("expected_asia.json")));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new AsiaCase(
            c.GetProperty("file").GetString()!,
            c.TryGetProperty("sub", out var sub) ? sub.GetString() : null,
            c.GetProperty("year").GetInt32(),
            c.GetProperty("source").GetString()!,
            [.. c.GetProperty("dates").EnumerateArray().Select(d => d.GetString()!)],
            c.TryGetProperty("window", out var w) ? [.. w.EnumerateArray().Select(d => d.GetString()!)] : null,
            c.TryGetProperty("unknown", out var u) ? [.. u.EnumerateArray().Select(d => d.GetString()!)] : null))];
    }
}
