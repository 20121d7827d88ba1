using KpoSdk.DataTool;

// Usage: dotnet run --project tools/KpoSdk.DataTool [-- --check]
// Regenerates every table of KpoSdk.Knowledge (and docs generated from the same data).
// With --check, writes nothing and exits 1 when a checked-in file differs.
bool check = args.Contains("--check");
var data = DataDirectory.FindFrom(Directory.GetCurrentDirectory());
int stale = 0;
foreach (var generator in TableGenerator.All())
{
    string path = Path.Combine(data.RepositoryRoot, generator.OutputPath);
    string content = generator.Generate(data);
    bool same = File.Exists(path) && File.ReadAllText(path) == content;
    if (same)
    {
        continue;
    }

    if (check)
    {
        Console.Error.WriteLine($"stale: {generator.OutputPath}");
        stale++;
    }
    else
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        Console.WriteLine($"wrote: {generator.OutputPath}");
    }
}

return stale == 0 ? 0 : 1;
