namespace KpoSdk.Cli.Tests.Infrastructure;

/// <summary>A temporary folder of documents made by a test, deleted with it.</summary>
public sealed class TempFiles : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("kpo-cli-").FullName;

    public string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A copy of an example document, edited by <paramref name="edit"/>.</summary>
    public string Example(string example, string name, Func<string, string>? edit = null) =>
        Write(name, (edit ?? (s => s))(File.ReadAllText(Path.Combine(Repository.Examples, example))));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not a test failure.
        }
    }
}
