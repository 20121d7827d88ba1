namespace KpoSdk.Shared.Docs;

/// <summary>
/// The documentation whose code blocks are tested: README.md, the packages' read-me files and every
/// page under docs/. Paths are relative to the repository root, with <c>/</c> separators.
/// </summary>
internal static class DocPages
{
    /// <summary>The folder that holds KpoSdk.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Every tested page, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "README.md",
        "src/KpoSdk/PACKAGE.md",
        "src/KpoSdk.Cli/README.md",
        .. Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepositoryRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static readonly Lazy<IReadOnlyList<FencedBlock>> s_blocks = new(() => [.. All!.SelectMany(Blocks)]);

    /// <summary>Every fenced block of every tested page.</summary>
    public static IReadOnlyList<FencedBlock> AllBlocks => s_blocks.Value;

    public static IReadOnlyList<FencedBlock> Blocks(string page) =>
        MarkdownFences.Parse(page, File.ReadAllText(Path.Combine(RepositoryRoot, page)));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KpoSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KpoSdk.sln above '{AppContext.BaseDirectory}'.");
    }
}
