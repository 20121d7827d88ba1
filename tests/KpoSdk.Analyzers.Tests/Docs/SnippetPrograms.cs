using KpoSdk.Shared.Docs;
using KpoSdk.Shared.Processes;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// Runs snippets that are programs as a newcomer runs theirs: each is emitted as an application
/// beside the package's assemblies and started with <c>dotnet</c> from the repository's root (where
/// the docs' relative paths, such as docs/examples/…, lead), in a folder removed afterwards.
/// </summary>
public sealed class SnippetPrograms : IDisposable
{
    private const string RuntimeConfig = """
        { "runtimeOptions": { "tfm": "net10.0", "framework": { "name": "Microsoft.NETCore.App", "version": "10.0.0" } } }
        """;

    // Profile-guided optimisation only costs a program that runs for a second (about 15 % of these runs).
    private static readonly Dictionary<string, string> s_environment = new() { ["DOTNET_TieredPGO"] = "0" };

    private readonly string _directory = Directory.CreateTempSubdirectory("kposdk-doc-snippets-").FullName;
    private int _count;

    public SnippetPrograms()
    {
        foreach (string assembly in SnippetCompiler.PackageAssemblies)
        {
            File.Copy(assembly, Path.Combine(_directory, Path.GetFileName(assembly)));
        }
    }

    /// <summary>Emits the build's program and runs it; the build must have no error.</summary>
    internal async Task<ChildProcessResult> RunAsync(SnippetBuild build)
    {
        string name = "Snippet" + Interlocked.Increment(ref _count);
        string path = Path.Combine(_directory, name + ".dll");
        Microsoft.CodeAnalysis.Emit.EmitResult emitted;
        using (var file = File.Create(path))
        {
            emitted = build.Output.WithAssemblyName(name).Emit(file, cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.True(emitted.Success, $"{build.Snippet} does not emit:\n{string.Join("\n", emitted.Diagnostics)}");
        await File.WriteAllTextAsync(Path.Combine(_directory, name + ".runtimeconfig.json"), RuntimeConfig, TestContext.Current.CancellationToken);
        return await ChildProcess.RunAsync("dotnet", [path], DocPages.RepositoryRoot, TimeSpan.FromMinutes(1), s_environment);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not a test failure.
        }
    }
}
