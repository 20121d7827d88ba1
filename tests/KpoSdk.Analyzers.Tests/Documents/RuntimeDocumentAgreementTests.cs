using System.Globalization;
using System.Text;
using KpoSdk.Documents;
using KpoSdk.Documents.Reading;
using Microsoft.CodeAnalysis;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Analyzers.Tests.Documents;

/// <summary>
/// The analyzers and the runtime (<see cref="DocumentCheck"/>, which <c>kpo check</c> runs) agree on
/// JSON documents: the same findings, with the same IDs, messages, lines and columns, for every
/// check that needs no calendar — all of a catalog's and a roster's, and an agreement's except
/// coverage (KPO2002, KPO3007) and the team checks — and the same answer to whether a document
/// reads at all, over docs/examples and a corpus of variants of them.
/// </summary>
public sealed class RuntimeDocumentAgreementTests
{
    private static readonly string[] s_dates = ["2019-01-01", "2022-06-10", "2026-03-02"];

    [Fact]
    public async Task The_examples_give_the_runtimes_findings_at_the_same_positions_on_several_dates()
    {
        int compared = 0, runtimeOnly = 0;
        foreach (string date in s_dates)
        {
            foreach (var (name, text) in DocumentCorpus.Examples)
            {
                var (expected, only) = Runtime(text, date);
                var found = await Analyzer(text, date);
                Assert.True(expected.Order().SequenceEqual(found.Order()), $"{name} on {date}:\nruntime\n  {string.Join("\n  ", expected)}\nanalyzers\n  {string.Join("\n  ", found)}");
                compared += expected.Count;
                runtimeOnly += only;
            }
        }

        // Both kinds occur: findings both report, and findings only the runtime can.
        Assert.True(compared >= 10, $"{compared} findings compared");
        Assert.True(runtimeOnly >= 5, $"{runtimeOnly} run-time-only findings");
    }

    [Fact]
    public async Task Lines_and_columns_agree_with_CRLF_line_ends_and_tabs()
    {
        foreach (var (name, text) in DocumentCorpus.Examples)
        {
            string windows = text.Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "\t", StringComparison.Ordinal);
            var (expected, _) = Runtime(windows, s_dates[^1]);
            var found = await Analyzer(windows, s_dates[^1]);
            Assert.True(expected.Order().SequenceEqual(found.Order()), $"{name}:\nruntime\n  {string.Join("\n  ", expected)}\nanalyzers\n  {string.Join("\n  ", found)}");
        }
    }

    [Fact]
    public async Task Every_variant_reads_on_both_sides_or_on_neither_and_a_readable_one_gives_the_same_findings()
    {
        int unreadable = 0;
        foreach (var variant in DocumentCorpus.Variants)
        {
            string text = DocumentCorpus.Apply(variant);
            var runtime = DocumentCheck.Check(Encoding.UTF8.GetBytes(text), Date(s_dates[^1]));
            var diagnostics = await DocumentRunner.Analyze(s_dates[^1], null, ("/doc.kpo.json", text));
            string label = $"{variant.File} with '{variant.Find}' -> '{variant.Replace}'";
            bool analyzerReads = !diagnostics.Any(d => IsReadingId(d.Id));
            Assert.True(runtime.IsReadable == analyzerReads,
                $"{label}: the runtime {(runtime.IsReadable ? "reads it" : "does not read it: " + runtime.ReadError)}; the analyzers {(analyzerReads ? "read it" : "do not: " + string.Join("; ", diagnostics))}");
            if (runtime.IsReadable)
            {
                var (expected, _) = Runtime(text, s_dates[^1]);
                var found = await Analyzer(text, s_dates[^1]);
                Assert.True(expected.Order().SequenceEqual(found.Order()), $"{label}:\nruntime\n  {string.Join("\n  ", expected)}\nanalyzers\n  {string.Join("\n  ", found)}");
            }
            else
            {
                unreadable++;
            }
        }

        Assert.InRange(unreadable, 50, DocumentCorpus.Variants.Length - 15);
    }

    [Fact]
    public void An_unreadable_variant_is_reported_at_the_runtimes_path()
    {
        var misses = new List<string>();
        foreach (var variant in DocumentCorpus.Variants)
        {
            string text = DocumentCorpus.Apply(variant);
            var runtime = DocumentCheck.Check(Encoding.UTF8.GetBytes(text), Date(s_dates[^1]));
            var read = DocumentReader.Read(text, DocumentLimits.Default);
            if (runtime.ReadError is not { } error)
            {
                continue;
            }

            if (error.Message.StartsWith("Malformed JSON", StringComparison.Ordinal))
            {
                // Not JSON: no tree, so no path; the runtime's position is within the characters the analyzers mark.
                var problem = Assert.Single(read.Problems);
                var (line, column) = TextPosition(text, problem.Start);
                if (line != error.Line || error.Column < column || error.Column > column + Math.Max(problem.Length, 1))
                {
                    misses.Add($"{variant.File} with '{variant.Replace}': runtime ({error.Line},{error.Column}), analyzers ({line},{column}) for {problem.Length}");
                }
            }
            else if (error.Path != "$" && !read.Problems.Any(p => p.Path == error.Path))
            {
                misses.Add($"{variant.File} with '{variant.Replace}': runtime {error.Path}, analyzers {string.Join(", ", read.Problems.Select(p => p.Path))}");
            }
        }

        Assert.True(misses.Count == 0, string.Join("\n", misses));
    }

    [Theory]
    [InlineData(DocumentCorpus.Roster, "$.staff[0].credentials[0]")]
    [InlineData(DocumentCorpus.Agreement, "$.services[0].team[0].credentials[0]")]
    public async Task A_credential_without_a_kind_is_rejected_on_both_sides_at_the_credential(string file, string credential)
    {
        // docs/json-format.md: a credential is { "kind", "grantedBy", "expires" } with only "expires"
        // optional. The runtime's reader names the missing property in its path; the analyzers mark
        // the credential's opening brace, which is where the runtime places that path too.
        string text = DocumentCorpus.Apply((file, "\"kind\": \"UsEnrolledAgent\",", ""));

        var runtime = DocumentCheck.Check(Encoding.UTF8.GetBytes(text), Date(s_dates[^1]));
        var diagnostics = await DocumentRunner.Analyze(s_dates[^1], null, ("/doc.kpo.json", text));

        Assert.False(runtime.IsReadable);
        var error = runtime.ReadError!;
        Assert.Equal(credential + ".kind", error.Path);
        Assert.StartsWith("The credential has no kind;", error.Message, StringComparison.Ordinal);
        var missing = Assert.Single(diagnostics);
        Assert.Equal("KPO0008", missing.Id);
        Assert.Equal("A credential has no 'kind', which is required.", missing.GetMessage(CultureInfo.InvariantCulture));
        var start = missing.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((error.Line, error.Column), (start.Line + 1, start.Character + 1));
        Assert.Equal(credential, Assert.Single(DocumentReader.Read(text, DocumentLimits.Default).Problems).Path);
    }

    [Fact]
    public async Task A_malformed_language_skill_or_requirement_is_named_as_the_runtime_names_it()
    {
        // A staff member's languages are skills (LanguageSkill), a service's and a catalog
        // designation's are requirements (LanguageRequirement); the analyzers' message is the
        // runtime's, which adds the value and the expected form in front of it.
        var cases = new (string File, string Find, string Replace, string What)[]
        {
            (DocumentCorpus.Roster, "\"en:C1\"", "\"en:C3\"", "language skill"),
            (DocumentCorpus.Roster, "\"en:C1\"", "\"xx:C1\"", "language skill"),
            (DocumentCorpus.Roster, "\"en:C1\"", "\"en\"", "language skill"),
            (DocumentCorpus.Payroll, "\"pl:C2\"", "\"pl:D1\"", "language skill"),
            (DocumentCorpus.Payroll, DocumentCorpus.LanguageRequirement, "\"requiredLanguages\": [\n        \"en\"", "language requirement"),
            (DocumentCorpus.Payroll, DocumentCorpus.LanguageRequirement, "\"requiredLanguages\": [\n        \"qq:B2\"", "language requirement"),
            (DocumentCorpus.Payroll, DocumentCorpus.LanguageRequirement, "\"requiredLanguages\": [\n        \"en:B2:\"", "language requirement"),
            (DocumentCorpus.Catalog, "\"en:C1\"", "\"en:C3\"", "language requirement"),
            (DocumentCorpus.Catalog, "\"en:C1\"", "\"xx:C1\"", "language requirement"),
        };
        foreach (var (file, find, replace, what) in cases)
        {
            string text = DocumentCorpus.Apply((file, find, replace));
            string label = $"{file} with '{replace}'";

            var runtime = DocumentCheck.Check(Encoding.UTF8.GetBytes(text), Date(s_dates[^1]));
            var diagnostics = await DocumentRunner.Analyze(s_dates[^1], null, ("/doc.kpo.json", text));

            Assert.True(runtime.ReadError is not null, $"{label}: the runtime reads it");
            var problem = Assert.Single(diagnostics);
            string message = problem.GetMessage(CultureInfo.InvariantCulture);
            Assert.True(message.Contains($" {what} ", StringComparison.Ordinal), $"{label}: {message}");
            Assert.True(runtime.ReadError.Message.EndsWith(": " + message, StringComparison.Ordinal), $"{label}:\nruntime   {runtime.ReadError.Message}\nanalyzers {message}");
            Assert.Equal(runtime.ReadError.Path, Assert.Single(DocumentReader.Read(text, DocumentLimits.Default).Problems).Path);
        }
    }

    private static (int, int) TextPosition(string text, int offset)
    {
        var position = Microsoft.CodeAnalysis.Text.SourceText.From(text).Lines.GetLinePosition(offset);
        return (position.Line + 1, position.Character + 1);
    }

    private static bool IsReadingId(string id) => id is "KPO0001" or "KPO0002" or "KPO0003" or "KPO0005" or "KPO0008";

    /// <summary>The runtime's findings the analyzers must report too, as "ID (line,column) message"; and how many it reports that they cannot.</summary>
    private static (List<string> Shared, int RuntimeOnly) Runtime(string text, string date)
    {
        var result = DocumentCheck.Check(Encoding.UTF8.GetBytes(text), Date(date));
        Assert.True(result.IsReadable, result.ReadError?.ToString());
        var shared = result.Findings.Where(f => !IsRunTimeOnly(f)).ToList();
        return ([.. shared.Select(f => $"{f.RuleId} ({f.Line},{f.Column}) {(f.RuleKey is null ? f.Message : $"{f.Message} [{f.RuleKey}: {f.Citation}]")}")], result.Findings.Length - shared.Count);
    }

    /// <summary>Coverage needs calendars; the team checks, the runtime's staff model (docs/json-format.md lists them).</summary>
    private static bool IsRunTimeOnly(DocumentFinding finding) =>
        finding.RuleId is DiagnosticIds.NoShiftOverlap or DiagnosticIds.ShiftDoesNotCoverWindow
        || System.Text.RegularExpressions.Regex.IsMatch(finding.Path, @"^\$\.services\[\d+\]\.team");

    private static async Task<List<string>> Analyzer(string text, string date)
    {
        var diagnostics = await DocumentRunner.Analyze(date, null, ("/doc.kpo.json", text));
        return [.. diagnostics.Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{d.Id} ({start.Line + 1},{start.Character + 1}) {d.GetMessage(CultureInfo.InvariantCulture)}";
        })];
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
