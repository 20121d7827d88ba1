using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Snapshots;

/// <summary>
/// The generated code for each kind of declaration, compared with the checked-in
/// <c>*.verified.cs</c> files; each run also compiles the output with warnings as errors.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void OneContract() => VerifyGenerated(Declarations.OneContract);

    [Fact]
    public void SeveralDeliveryCountries() => VerifyGenerated(Declarations.SeveralDeliveryCountries);

    [Fact]
    public void MidnightCrossingWindow() => VerifyGenerated(Declarations.MidnightCrossingWindow);

    [Fact]
    public void BusinessDayResolution() => VerifyGenerated(Declarations.BusinessDayResolution);

    [Fact]
    public void CredentialsAndLanguages() => VerifyGenerated(Declarations.CredentialsAndLanguages);

    [Fact]
    public void GlobalNamespace() => VerifyGenerated(Declarations.GlobalNamespace);

    [Fact]
    public void FileScopedNamespace() => VerifyGenerated(Declarations.FileScopedNamespace);

    [Fact]
    public void SeveralContractsInOneFile() => VerifyGenerated(Declarations.SeveralContractsInOneFile);

    /// <summary>A coverage window closed on the client's built-in public holidays.</summary>
    [Fact]
    public void ClientHolidays() => VerifyGenerated(Declarations.OneContract.Replace("\"Mon-Fri 09:00-17:00\")", "\"Mon-Fri 09:00-17:00\", Holidays = \"US-NY\")", StringComparison.Ordinal));

    /// <summary>A malformed weekly-hours text (KPO0005): the fallback part, every member throwing.</summary>
    [Fact]
    public void FallbackForMalformedHours() => VerifyGenerated(Declarations.OneContract.Replace("Mon-Fri 09:00-17:00", "Mon-Fry 09:00-17:00", StringComparison.Ordinal));

    private static void VerifyGenerated(string source, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var compilation = TestCompilation.Create(source);
        var (_, diagnostics) = GeneratorRun.Compile(compilation);
        Assert.Empty(diagnostics);
        Snapshot.Verify(ScrubVersion(GeneratorRun.Sources(GeneratorRun.Run(compilation))), test: test);
    }

    /// <summary>
    /// Replaces the generator's version in <c>[GeneratedCode]</c> with <c>&lt;version&gt;</c>, as Verify
    /// scrubs volatile values, so that a release does not rewrite every snapshot; the real version
    /// must be there.
    /// </summary>
    private static Dictionary<string, string> ScrubVersion(IReadOnlyDictionary<string, string> files)
    {
        string attribute = "GeneratedCode(\"KpoSdk.Generators\", \"" + typeof(ServiceLevelContractGenerator).Assembly.GetName().Version + "\")";
        return files.ToDictionary(
            f => f.Key,
            f =>
            {
                Assert.Contains(attribute, f.Value, StringComparison.Ordinal);
                return f.Value.Replace(attribute, "GeneratedCode(\"KpoSdk.Generators\", \"<version>\")", StringComparison.Ordinal);
            });
    }
}
