using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Snapshots;

/// <summary>The snapshot helper passes on equal text, and fails and writes the received file otherwise.</summary>
public sealed class SnapshotHelperTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kpo-snapshots").FullName;

    [Fact]
    public void Equal_text_passes_and_different_text_fails_with_a_received_file()
    {
        string testFile = Path.Combine(_directory, "FakeTests.cs");
        File.WriteAllText(Path.Combine(_directory, "FakeTests.Case#A.g.verified.cs"), "expected\n");

        Snapshot.Verify(new Dictionary<string, string> { ["A.g.cs"] = "expected\n" }, testFile, "Case");
        Assert.False(File.Exists(Path.Combine(_directory, "FakeTests.Case#A.g.received.cs")));

        Assert.ThrowsAny<Exception>(() => Snapshot.Verify(new Dictionary<string, string> { ["A.g.cs"] = "actual\n" }, testFile, "Case"));
        Assert.Equal("actual\n", File.ReadAllText(Path.Combine(_directory, "FakeTests.Case#A.g.received.cs")));
        Assert.Equal("expected\n", File.ReadAllText(Path.Combine(_directory, "FakeTests.Case#A.g.verified.cs")));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_a_stale_one_is_reported()
    {
        string testFile = Path.Combine(_directory, "FakeTests.cs");
        File.WriteAllText(Path.Combine(_directory, "FakeTests.Stale#Old.g.verified.cs"), "old\n");

        Assert.ThrowsAny<Exception>(() => Snapshot.Verify(new Dictionary<string, string> { ["New.g.cs"] = "new\n" }, testFile, "Missing"));
        Assert.True(File.Exists(Path.Combine(_directory, "FakeTests.Missing#New.g.received.cs")));
        File.WriteAllText(Path.Combine(_directory, "FakeTests.Stale#New.g.verified.cs"), "new\n");
        var stale = Assert.ThrowsAny<Exception>(() => Snapshot.Verify(new Dictionary<string, string> { ["New.g.cs"] = "new\n" }, testFile, "Stale"));
        Assert.Contains("Old.g.verified.cs", stale.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
