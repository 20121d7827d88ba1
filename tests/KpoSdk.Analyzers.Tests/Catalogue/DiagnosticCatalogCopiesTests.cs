using System.Reflection;
using System.Text.RegularExpressions;

using KpoSdk.Knowledge.Rules.Overlay;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using KnowledgeRuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Tests.Catalogue;

/// <summary>
/// Every copy of the diagnostic catalogue agrees with the one table (tools/data/diagnostics.json,
/// generated into KpoSdk.Knowledge): the analyzer descriptors, the docs pages' headers, the
/// constants, the IDs the overlay and the rule engine accept, and the package's build warning. The
/// README and docs index tables and the release file are generated from it (the DataTool staleness
/// test covers them), and run-time severities read it directly.
/// </summary>
public sealed partial class DiagnosticCatalogCopiesTests
{
    public static TheoryData<string> Ids => [.. DiagnosticCatalog.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_descriptor_is_the_catalogue_entry(string id)
    {
        var info = DiagnosticCatalog.Get(id);
        var descriptor = DiagnosticDescriptors.All.SingleOrDefault(d => d.Id == id);
        Assert.Equal(info.Reporters.HasFlag(DiagnosticReporters.CompileTime), descriptor is not null);
        if (descriptor is null)
        {
            return;
        }

        Assert.Equal(info.Title, descriptor.Title.ToString());
        Assert.Equal(info.CategoryName, descriptor.Category);
        Assert.Equal(DiagnosticDescriptors.Severity(info.DefaultSeverity), descriptor.DefaultSeverity);
        Assert.Equal(info.MessageFormat, descriptor.MessageFormat.ToString());
        Assert.Equal(info.Description, descriptor.Description.ToString());
        Assert.Equal(info.HelpLink, descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_docs_page_header_is_the_catalogue_entry(string id)
    {
        var info = DiagnosticCatalog.Get(id);
        string page = File.ReadAllText(Path.Combine(DescriptorCatalogueTests.RepositoryRoot(), "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {info.Title}\n", page, StringComparison.Ordinal);
        string severity = SeverityRow().Match(page).Groups[1].Value;
        Assert.True(info.SeverityFromRules ? severity.StartsWith("Set per rule", StringComparison.Ordinal) : severity.StartsWith(info.DefaultSeverity.ToString(), StringComparison.Ordinal),
            $"{id}.md says the severity is '{severity}', the catalogue {info.DefaultSeverity}{(info.SeverityFromRules ? " (per rule)" : "")}.");
    }

    [Fact]
    public void Every_constant_of_DiagnosticIds_is_catalogued_once()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order().ToArray();
        Assert.Equal(constants, DiagnosticCatalog.All.Select(d => d.Id).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_overlay_file_and_the_rule_engine_accept_exactly_the_rule_IDs(string id)
    {
        bool isRuleId = DiagnosticCatalog.Get(id).SeverityFromRules;
        var overlay = RuleOverlayReader.Apply(KnowledgeRuleSet.Default, $$"""{ "removeRuleIds": ["{{id}}"] }""");
        Assert.Equal(isRuleId, overlay.Errors.Count == 0);
        Assert.Equal(isRuleId, Record.Exception(() => KnowledgeRuleSet.Default.WithoutRuleId(id)) is null);
        Assert.Equal(isRuleId, DiagnosticDescriptors.ForRuleId(id) is not null);
    }

    [Fact]
    public void The_package_build_warning_links_the_catalogue_page()
    {
        string targets = File.ReadAllText(Path.Combine(DescriptorCatalogueTests.RepositoryRoot(), "src", "KpoSdk", "buildTransitive", "KpoSdk.targets"));
        var links = HelpLink().Matches(targets).Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.Equal([DiagnosticCatalog.Get(DiagnosticIds.UnsupportedBuildEnvironment).HelpLink], links);
    }

    [GeneratedRegex(@"\| Severity \| ([^|\n]*) \|")]
    private static partial Regex SeverityRow();

    [GeneratedRegex("HelpLink=\"([^\"]*)\"")]
    private static partial Regex HelpLink();
}
