using System.Runtime.CompilerServices;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Snapshot files with Verify's conventions: the expected text is checked in beside the test as
/// <c>{Class}.{Method}#{file}.verified.cs</c>; on a mismatch the actual text is written to the
/// same name with <c>.received.cs</c> and the test fails. With <c>KPO_ACCEPT_SNAPSHOTS=1</c> the
/// received text is written as the verified file instead (review the diff before committing).
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "KPO_ACCEPT_SNAPSHOTS";

    public static void Verify(IReadOnlyDictionary<string, string> files, [CallerFilePath] string testFile = "", [CallerMemberName] string test = "")
    {
        Assert.NotEmpty(files);
        string directory = Path.GetDirectoryName(SourcePath(testFile))!;
        string prefix = Path.GetFileNameWithoutExtension(testFile) + "." + test + "#";
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";
        var mismatches = new List<string>();
        foreach (var (hintName, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string stem = Path.Combine(directory, prefix + Path.GetFileNameWithoutExtension(hintName));
            string verified = stem + ".verified.cs", received = stem + ".received.cs";
            if (File.Exists(verified) && File.ReadAllText(verified) == text)
            {
                File.Delete(received);
                continue;
            }

            if (accept)
            {
                File.WriteAllText(verified, text);
                File.Delete(received);
            }
            else
            {
                File.WriteAllText(received, text);
                mismatches.Add(Path.GetFileName(received));
            }
        }

        var stale = Directory.GetFiles(directory, prefix + "*.verified.cs")
            .Select(Path.GetFileName)
            .Where(f => !files.Keys.Any(h => f == prefix + Path.GetFileNameWithoutExtension(h) + ".verified.cs"))
            .ToList();
        Assert.True(mismatches.Count == 0, "Generated code differs from the snapshot; compare and accept with " + AcceptVariable + "=1: " + string.Join(", ", mismatches));
        Assert.True(stale.Count == 0, "Snapshots for files no longer generated: " + string.Join(", ", stale));
    }

    // CI builds map source paths to "/_/" (ContinuousIntegrationBuild), so [CallerFilePath] names no
    // real file there; resolve such a path against the repository that holds the test assembly.
    private static string SourcePath(string callerFilePath)
    {
        const string mapped = "/_/";
        if (File.Exists(callerFilePath) || !callerFilePath.StartsWith(mapped, StringComparison.Ordinal))
        {
            return callerFilePath;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpoSdk.sln")))
            {
                return Path.Combine(dir.FullName, callerFilePath[mapped.Length..]);
            }
        }

        throw new InvalidOperationException($"Cannot find the source file '{callerFilePath}': no KpoSdk.sln above '{AppContext.BaseDirectory}'.");
    }
}
