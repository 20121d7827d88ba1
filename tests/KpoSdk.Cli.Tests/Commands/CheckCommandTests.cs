using System.Text.Json;
using KpoSdk.Cli.Tests.Infrastructure;
using KpoSdk.Cli.Tests.Sarif;

namespace KpoSdk.Cli.Tests.Commands;

/// <summary><c>kpo check</c> in process: findings at their line and column, every format, every exit code.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_examples_report_each_finding_at_its_line_and_column_with_its_JSON_path_and_exit_1()
    {
        var result = Kpo.Run("check", Repository.Examples, "--date", "2026-03-02");

        Assert.Equal(1, result.ExitCode);
        // PH-002's English is B2 in the team of the New York agreement: line 212 of the file, the value "en:B2".
        string line = Assert.Single(result.Output.Split('\n'), l => l.Contains("KPO3004", StringComparison.Ordinal) && l.Contains("Jose Santos", StringComparison.Ordinal));
        Assert.EndsWith("agreement-new-york-tax.json(212,13): error KPO3004: PH-002 Jose Santos speaks English at B2; services[0] (Tax preparation for a client in New York, United States (US-NY)) requires en:C1. [$.services[0].team[1].languages[0]]", line);
        Assert.Equal("            \"en:B2\",", File.ReadAllLines(Path.Combine(Repository.Examples, "agreement-new-york-tax.json"))[211]);
        // The catalog cannot declare safeguards in JSON, so it meets § 7216 (errors), the Art. 28 contract rules and the German warnings.
        Assert.EndsWith("Checked 4 documents on 2026-03-02: 10 errors, 13 warnings, 0 unreadable.\n", result.Output);
    }

    [Fact]
    public void A_clean_document_exits_0_in_every_format()
    {
        string roster = Path.Combine(Repository.Examples, "roster.json");
        foreach (string format in new[] { "text", "json", "sarif" })
        {
            var result = Kpo.Run("check", roster, "--date", "2026-03-02", "--format", format);
            Assert.Equal(0, result.ExitCode);
        }
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        // Tax signing for Indian clients from Manila: the KPO1002 warning is the only finding (for US clients
        // the taxpayers' § 7216 consent would be an error too, and a JSON catalog cannot declare it).
        string catalog = _files.Write("signing.json", """
            { "name": "Solo", "headquarters": "PH", "centers": [ { "name": "Manila", "jurisdiction": "PH", "zone": "Asia/Manila" } ],
              "catalog": { "offerings": [ { "service": "TaxRepresentation", "clients": ["IN"], "centers": ["Manila"] } ] } }
            """);

        var result = Kpo.Run("check", catalog, "--date", "2026-03-02");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("signing.json(2,96): warning KPO1002:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_document_is_unreadable_at_its_position_and_exits_2()
    {
        string broken = _files.Example("roster.json", "broken.json", s => s.Replace("\"name\": \"Jose Santos\",", "\"name\": \"Jose Santos\"", StringComparison.Ordinal));

        var result = Kpo.Run("check", broken, "--date", "2026-03-02");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.json(39,7): error: cannot read the document: Malformed JSON:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_unreadable_at_the_value_with_the_parsers_suggestion()
    {
        string broken = _files.Example("agreement-new-york-tax.json", "typo.json", s => s.Replace("\"jurisdiction\": \"US-NY\"", "\"jurisdiction\": \"US-NX\"", StringComparison.Ordinal));

        var result = Kpo.Run("check", broken, "--date", "2026-03-02");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"typo\.json\(\d+,\d+\): error: cannot read the document: 'US-NX' is not a jurisdiction code", result.Output);
        Assert.Contains("[$.client.jurisdiction]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_file_of_no_kind_and_a_missing_file_exit_2_but_a_folder_skips_other_JSON()
    {
        string other = _files.Write("docs/package.json", """{ "name": "site", "version": "1.0.0" }""");
        _files.Example("roster.json", "docs/roster.json");

        Assert.Equal(2, Kpo.Run("check", other).ExitCode);
        Assert.Equal(2, Kpo.Run("check", Path.Combine(_files.Root, "missing.json")).ExitCode);
        var folder = Kpo.Run("check", Path.Combine(_files.Root, "docs"), "--date", "2026-03-02");
        Assert.Equal(0, folder.ExitCode);
        Assert.Contains("skipped", folder.Error, StringComparison.Ordinal);
        Assert.Contains("Checked 1 document on 2026-03-02", folder.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Kpo.Run("check").ExitCode);
        Assert.Equal(2, Kpo.Run("check", Repository.Examples, "--format", "xml").ExitCode);
        Assert.Equal(2, Kpo.Run("check", Repository.Examples, "--date", "2026-02-30").ExitCode);
        Assert.Equal(2, Kpo.Run("check", Repository.Examples, "--max-array-length", "0").ExitCode);
        Assert.Equal(2, Kpo.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Limits_are_options_a_roster_over_the_list_limit_is_unreadable_until_it_is_raised()
    {
        string roster = Path.Combine(Repository.Examples, "roster.json");

        var tight = Kpo.Run("check", roster, "--max-array-length", "2");
        var raised = Kpo.Run("check", roster, "--max-array-length", "100");

        Assert.Equal(2, tight.ExitCode);
        Assert.Contains("The list has more than 2 items (JsonLimits.MaxArrayLength)", tight.Output, StringComparison.Ordinal);
        Assert.Equal(0, raised.ExitCode);
    }

    [Fact]
    public void A_rule_overlay_changes_the_findings_and_its_own_problems_are_KPO0006()
    {
        string overlay = _files.Write("kpo.rules.json", """{ "removeRuleIds": ["KPO1003", "KPO1005"] }""");
        string broken = _files.Write("broken.rules.json", """{ "remove": ["no-such-rule"] }""");
        string catalog = Path.Combine(Repository.Examples, "catalog.json");

        var lifted = Kpo.Run("check", catalog, "--date", "2026-03-02", "--rules", overlay);
        var faulty = Kpo.Run("check", catalog, "--date", "2026-03-02", "--rules", broken);

        Assert.Equal(0, lifted.ExitCode);
        Assert.DoesNotContain("KPO1003", lifted.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("KPO1005", lifted.Output, StringComparison.Ordinal);
        Assert.Equal(1, faulty.ExitCode);
        Assert.Matches(@"broken\.rules\.json\(1,14\): error KPO0006: .*no-such-rule", faulty.Output);
    }

    [Fact]
    public void The_JSON_report_carries_every_finding_and_the_exit_code()
    {
        var result = Kpo.Run("check", Repository.Examples, "--date", "2026-03-02", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(4, files.Count);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
        var finding = files.SelectMany(f => f.GetProperty("findings").EnumerateArray()).First(f => f.GetProperty("ruleId").GetString() == "KPO3004");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.StartsWith("$.services[0].team[1].languages", finding.GetProperty("jsonPath").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://github.com/kposdk/KpoSdk/blob/main/docs/diagnostics/KPO3004.md", finding.GetProperty("helpUri").GetString());
    }

    [Fact]
    public void The_SARIF_log_is_valid_has_rule_metadata_with_help_links_and_locates_each_result()
    {
        var result = Kpo.Run("check", Repository.Examples, "--date", "2026-03-02", "--format", "sarif");

        SarifSchema.AssertValid(result.Output);
        using var sarif = JsonDocument.Parse(result.Output);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(23, results.Count);
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.Equal($"https://github.com/kposdk/KpoSdk/blob/main/docs/diagnostics/{r.GetProperty("id").GetString()}.md", r.GetProperty("helpUri").GetString()));
        var kpo3004 = rules.Single(r => r.GetProperty("id").GetString() == "KPO3004");
        Assert.Equal("Required language missing or below the required CEFR level", kpo3004.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.All(results, r => Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 1));
    }

    [Fact]
    public void An_unreadable_document_is_a_tool_notification_in_a_valid_SARIF_log()
    {
        string broken = _files.Write("broken.json", "{ \"staff\": [ }");

        var result = Kpo.Run("check", broken, "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        SarifSchema.AssertValid(result.Output);
        using var sarif = JsonDocument.Parse(result.Output);
        var invocation = sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(2, invocation.GetProperty("exitCode").GetInt32());
        Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
    }

    [Fact]
    public void Output_to_a_file_and_no_colour_when_not_a_terminal()
    {
        string report = Path.Combine(_files.Root, "out", "kpo.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);

        var result = Kpo.Run("check", Repository.Examples, "--date", "2026-03-02", "--format", "sarif", "--output", report);
        var text = Kpo.Run("check", Repository.Examples, "--date", "2026-03-02");

        Assert.Equal(1, result.ExitCode);
        SarifSchema.AssertValid(File.ReadAllText(report));
        Assert.DoesNotContain('\u001b', text.Output);
    }
}
