using Basic.Reference.Assemblies;
using KpoSdk.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compilations of test sources against hermetic .NET 10 reference assemblies plus the KpoSdk
/// runtime, KpoSdk.Knowledge and NodaTime as built. Options and references are shared, since
/// building them is the expensive part of a small compilation.
/// </summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
        .WithWarningLevel(9999)
        // The binding-redirect notes that MSBuild also suppresses by default (NoWarn 1701;1702).
        .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)])
        .WithDeterministic(true);

    public static readonly IReadOnlyList<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(IServiceLevelContract).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(CefrLevel).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.Instant).Assembly.Location),
    ];

    public static SyntaxTree Parse(string source, string path = "Contracts.cs") =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static CSharpCompilation Create(params IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create("Acme.Contracts", trees, References, Options);

    public static CSharpCompilation Create(string source) => Create(Parse(source));
}
