using KpoSdk.EndToEnd.Tests.Infrastructure;

namespace KpoSdk.EndToEnd.Tests;

/// <summary>
/// The package's code fixes from the command line, as a user runs them over a project: <c>dotnet
/// format analyzers</c> applies every certain fix in one run and leaves every guess for its author.
/// </summary>
public sealed class FormatFixTests(PackedPackage package)
{
    [Fact]
    public void Dotnet_format_fixes_the_certain_KPO0001_KPO0002_and_KPO0003_in_one_run_and_leaves_the_guess_reported()
    {
        var consumer = ConsumerProject.Create(package, "Fixable", "FixableConsumer", executable: false);
        string contracts = Path.Combine(consumer.Directory, "Contracts.cs");

        var format = consumer.FormatAnalyzers("--diagnostics", "KPO0001", "KPO0002", "KPO0003", "--severity", "error");

        format.EnsureSuccess("dotnet format analyzers");
        // Before, each run applied one suggestion per ID and printed, for every ID,
        // "Unable to fix KPO0001. Code fix CountryMemberCodeFixProvider didn't return a Fix All action."
        Assert.DoesNotContain("Unable to fix", format.Output, StringComparison.Ordinal);
        // 'UK' (twice: the client and Country.Parse, which becomes Country.GB), 'europe/london' and
        // 'English' are fixed; 'US-XX' is as it was.
        Assert.Equal(File.ReadAllText(contracts + ".formatted"), File.ReadAllText(contracts));

        // The guess is still an error, and the only one.
        var build = consumer.Build();
        Assert.NotEqual(0, build.ExitCode);
        Assert.Equal(
            [("Contracts.cs", 14, 60, "error", "KPO0001")],
            BuildDiagnostic.Parse(build.Output).Select(d => (d.File, d.Line, d.Column, d.Severity, d.Id)));
    }
}
