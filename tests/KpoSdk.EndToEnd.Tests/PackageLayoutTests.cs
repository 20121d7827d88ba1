using System.IO.Compression;
using System.Xml.Linq;
using KpoSdk.EndToEnd.Tests.Infrastructure;

namespace KpoSdk.EndToEnd.Tests;

/// <summary>The package has the layout of DESIGN.md: one package carrying runtime, knowledge and Roslyn components.</summary>
public sealed class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void Lib_holds_the_runtime_and_the_knowledge_assembly_with_their_docs()
    {
        var entries = Entries(package.PackagePath);

        Assert.Equal(
            ["lib/net10.0/KpoSdk.Knowledge.dll", "lib/net10.0/KpoSdk.Knowledge.xml", "lib/net10.0/KpoSdk.dll", "lib/net10.0/KpoSdk.xml"],
            entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyzers_hold_the_generator_the_analyzers_the_code_fixes_and_the_knowledge_assembly_they_load()
    {
        var entries = Entries(package.PackagePath);

        Assert.Equal(
            [
                "analyzers/dotnet/cs/KpoSdk.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/KpoSdk.Analyzers.dll",
                "analyzers/dotnet/cs/KpoSdk.Generators.dll",
                "analyzers/dotnet/cs/KpoSdk.Knowledge.dll",
            ],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_files_readme_and_symbols_are_packed()
    {
        var entries = Entries(package.PackagePath);

        Assert.Contains("README.md", entries);
        Assert.Contains("buildTransitive/net10.0/KpoSdk.props", entries);
        Assert.Contains("buildTransitive/net10.0/KpoSdk.targets", entries);
        Assert.Contains("build/net10.0/KpoSdk.props", entries);
        Assert.Contains("build/net10.0/KpoSdk.targets", entries);
        Assert.Equal(
            ["lib/net10.0/KpoSdk.Knowledge.pdb", "lib/net10.0/KpoSdk.pdb"],
            Entries(package.SymbolsPackagePath).Where(e => e.EndsWith(".pdb", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_nuspec_depends_on_NodaTime_and_Ical_Net_only_and_declares_licence_and_readme()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("KpoSdk.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal(package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.Equal("https://github.com/kposdk/KpoSdk", metadata.Element(ns + "projectUrl")!.Value);
        Assert.Equal("https://github.com/kposdk/KpoSdk", metadata.Element(ns + "repository")!.Attribute("url")!.Value);
        Assert.Equal(
            ["Ical.Net", "NodaTime", "NodaTime.Serialization.SystemTextJson"],
            metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Order(StringComparer.Ordinal));
    }

    private static List<string> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return [.. zip.Entries.Select(e => e.FullName)];
    }
}
