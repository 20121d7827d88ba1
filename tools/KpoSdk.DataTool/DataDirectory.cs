namespace KpoSdk.DataTool;

/// <summary>The repository's data folder (<c>tools/data</c>) and the repository root.</summary>
public sealed class DataDirectory(string repositoryRoot)
{
    public string RepositoryRoot { get; } = Path.GetFullPath(repositoryRoot);

    public string DataPath => Path.Combine(RepositoryRoot, "tools", "data");

    public string PathOf(string fileName) => Path.Combine(DataPath, fileName);

    public string ReadAllText(string fileName) => File.ReadAllText(PathOf(fileName));

    /// <summary>Finds the repository root by walking up from <paramref name="start"/> to the folder holding KpoSdk.sln.</summary>
    public static DataDirectory FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpoSdk.sln")))
            {
                return new DataDirectory(dir.FullName);
            }
        }

        throw new InvalidOperationException($"No KpoSdk.sln found in '{start}' or any parent folder.");
    }
}
