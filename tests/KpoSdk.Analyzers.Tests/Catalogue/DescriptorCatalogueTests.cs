using System.Reflection;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.Catalogue;

/// <summary>Every descriptor has a docs page and a help link to it, is tracked in the release files, and every analyzer is in the catalogue.</summary>
public sealed class DescriptorCatalogueTests
{
    public static TheoryData<string> Ids => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_names_the_docs_page_that_exists(string id)
    {
        var descriptor = DiagnosticDescriptors.All.Single(d => d.Id == id);
        Assert.EndsWith($"docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.StartsWith("https://", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing.");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_is_tracked_in_the_release_files(string id)
    {
        string folder = Path.Combine(RepositoryRoot(), "analyzers", "KpoSdk.Analyzers");
        string tracked = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " |", tracked, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_unique_and_use_the_constants_of_DiagnosticIds()
    {
        var constants = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Id).Distinct().Count());
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains(d.Id, constants));
    }

    [Fact]
    public void Every_analyzer_descriptor_is_in_the_catalogue_and_every_catalogue_entry_is_reported_by_an_analyzer()
    {
        var supported = AnalyzerRunner.Analyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.All(supported, d => Assert.Contains(d, DiagnosticDescriptors.All));
        Assert.All(DiagnosticDescriptors.All, d => Assert.Contains(d, supported));
    }

    [Fact]
    public void Every_analyzer_type_in_the_assembly_is_run_by_the_tests()
    {
        var types = typeof(DiagnosticDescriptors).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute>().Any())
            .Select(t => t.FullName).Order().ToArray();
        Assert.Equal(types, AnalyzerRunner.Analyzers.Select(a => a.GetType().FullName).Order().ToArray());
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KpoSdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KpoSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
