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

    private static void VerifyGenerated(string source, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var compilation = TestCompilation.Create(source);
        var (_, diagnostics) = GeneratorRun.Compile(compilation);
        Assert.Empty(diagnostics);
        Snapshot.Verify(GeneratorRun.Sources(GeneratorRun.Run(compilation)), test: test);
    }
}
