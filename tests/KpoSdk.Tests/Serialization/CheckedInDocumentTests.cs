using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Serialization;

/// <summary>
/// The schemas in docs/schemas and the examples in docs/examples are what the code produces. To
/// refresh them after a deliberate change, run the tests with KPOSDK_UPDATE_DOCS=1.
/// </summary>
public sealed class CheckedInDocumentTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "docs/schemas/catalog.schema.json", KpoJsonSchemas.Catalog },
        { "docs/schemas/roster.schema.json", KpoJsonSchemas.Roster },
        { "docs/schemas/agreement.schema.json", KpoJsonSchemas.Agreement },
        { "docs/examples/catalog.json", KpoJson.Serialize(Samples.Meridian) + "\n" },
        { "docs/examples/roster.json", KpoJson.Serialize(Samples.Staff) + "\n" },
        { "docs/examples/agreement-new-york-tax.json", KpoJson.Serialize(Samples.NewYorkTax) + "\n" },
        { "docs/examples/agreement-german-payroll.json", KpoJson.Serialize(Samples.GermanPayroll) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_checked_in_file_is_current(string relativePath, string expected)
    {
        string path = Path.Combine(RepositoryRoot(), relativePath);
        if (Environment.GetEnvironmentVariable("KPOSDK_UPDATE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; run the tests with KPOSDK_UPDATE_DOCS=1 to write it.");
        Assert.Equal(expected, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_checked_in_examples_read_back_to_the_samples()
    {
        Assert.Equal(Samples.NewYorkTax, KpoJson.ReadAgreement(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs/examples/agreement-new-york-tax.json"))));
        Assert.Equal(Samples.Staff, KpoJson.ReadRoster(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs/examples/roster.json"))));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KpoSdk.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KpoSdk.sln not found above the test directory.");
    }
}
