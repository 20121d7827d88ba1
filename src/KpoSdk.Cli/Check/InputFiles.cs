namespace KpoSdk.Cli.Check;

/// <summary>
/// The files <c>kpo check</c> reads: each file named, and every <c>*.json</c> file under each
/// folder named (sorted by path; hidden folders and <c>kpo.rules.json</c> left out).
/// </summary>
internal static class InputFiles
{
    public static IReadOnlyList<(string Path, bool Named)> Expand(IEnumerable<string> arguments)
    {
        var files = new List<(string, bool)>();
        foreach (string argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                    .Where(f => !string.Equals(Path.GetFileName(f), "kpo.rules.json", StringComparison.OrdinalIgnoreCase))
                    .Where(f => !Path.GetRelativePath(argument, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, false)));
            }
            else
            {
                files.Add((argument, true));
            }
        }

        return files;
    }

    /// <summary>How a path is reported: relative to the working directory when it is under it, with '/' separators.</summary>
    public static string Display(string path)
    {
        string full = Path.GetFullPath(path);
        string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
