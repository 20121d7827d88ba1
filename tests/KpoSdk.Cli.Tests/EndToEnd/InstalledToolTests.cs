using System.Text.Json;
using KpoSdk.Cli.Tests.Infrastructure;
using KpoSdk.Cli.Tests.Sarif;

namespace KpoSdk.Cli.Tests.EndToEnd;

/// <summary>
/// The packed tool, installed into a temporary tool path and run as a process on docs/examples and
/// on broken documents: every exit code in every format, the SARIF against the 2.1.0 schema.
/// </summary>
public sealed class InstalledToolTests(InstalledTool tool) : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Formats => ["text", "json", "sarif"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Findings_at_error_severity_exit_1(string format)
    {
        var result = tool.Run("check", "docs/examples", "--date", "2026-03-02", "--format", format);

        Assert.Equal(1, result.ExitCode);
        AssertFormat(format, result.Output, findings: 23);
        if (format == "text")
        {
            Assert.Contains("docs/examples/agreement-new-york-tax.json(212,13): error KPO3004: ", result.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_clean_document_exits_0(string format)
    {
        var result = tool.Run("check", "docs/examples/roster.json", "--date", "2026-03-02", "--format", format);

        Assert.Equal(0, result.ExitCode);
        AssertFormat(format, result.Output, findings: 0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_broken_document_exits_2(string format)
    {
        string broken = _files.Example("agreement-german-payroll.json", "broken.json", s => s[..(s.Length / 2)]);

        var result = tool.Run("check", broken, "--format", format);

        Assert.Equal(2, result.ExitCode);
        AssertFormat(format, result.Output, findings: 0);
        Assert.Contains("broken.json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_usage_error_exits_2_and_says_why_on_standard_error()
    {
        var result = tool.Run("check", "docs/examples", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("xml", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Help_and_version_work_and_output_has_no_colour_when_redirected()
    {
        var help = tool.Run("--help");
        var version = tool.Run("--version");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("check", help.Output, StringComparison.Ordinal);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
        Assert.DoesNotContain('\u001b', tool.Run("check", "docs/examples", "--date", "2026-03-02").Output);
    }

    [Fact]
    public void Coverage_deadline_and_rules_run_from_the_installed_tool()
    {
        string svg = Path.Combine(_files.Root, "heat.svg");

        Assert.Equal(0, tool.Run("coverage", "docs/examples/agreement-german-payroll.json", "--svg", svg).ExitCode);
        Assert.True(new FileInfo(svg).Length > 10_000);
        Assert.Equal(0, tool.Run("deadline", "docs/examples/agreement-german-payroll.json", "--service", "0", "--opened", "2026-03-27T16:00+01:00", "--within", "PT4H").ExitCode);
        Assert.Equal(0, tool.Run("rules", "--date", "2026-03-02").ExitCode);
    }

    private static void AssertFormat(string format, string output, int findings)
    {
        switch (format)
        {
            case "json":
                using (var json = JsonDocument.Parse(output))
                {
                    Assert.Equal(findings, json.RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("findings").GetArrayLength()));
                }

                break;
            case "sarif":
                SarifSchema.AssertValid(output);
                using (var sarif = JsonDocument.Parse(output))
                {
                    Assert.Equal(findings, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
                }

                break;
            default:
                Assert.Contains("Checked ", output, StringComparison.Ordinal);
                break;
        }
    }
}
