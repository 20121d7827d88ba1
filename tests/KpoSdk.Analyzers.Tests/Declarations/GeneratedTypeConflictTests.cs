using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Tests.Declarations;

/// <summary>
/// A library with contracts that grants InternalsVisibleTo to an application with contracts: both
/// have the generator's internal KpoSdk.Generated types, CS0436 follows, and the suppressor
/// removes it (the compiler uses the application's own, which is the one meant).
/// </summary>
public sealed class GeneratedTypeConflictTests
{
    private const string Contract = """
        [ServiceLevelContract(ServiceLine.Bookkeeping, Client = "DE", DeliveredFrom = "PL")]
        [CoverageWindow("Europe/Berlin", "Mon-Fri 09:00-17:00")]
        """;

    [Fact]
    public async Task CS0436_between_the_generated_types_is_suppressed_and_nothing_else()
    {
        var library = Generate(CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(Sources.Usings + "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"App\")]\n" + Contract + "public partial class LibraryBooks;\n", cancellationToken: TestContext.Current.CancellationToken)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image, cancellationToken: TestContext.Current.CancellationToken).Success);
        var app = Generate(CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(Sources.Usings + Contract + "public partial class AppBooks;\npublic static class Uses { public static int Count => KpoSdk.Generated.ServiceLevelContractRegistry.All.Count; }\n", cancellationToken: TestContext.Current.CancellationToken)],
            [.. TestReferences.All, MetadataReference.CreateFromImage(image.ToArray())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

        var plain = app.GetDiagnostics(TestContext.Current.CancellationToken);
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        var withSuppressor = await app.WithAnalyzers([new GeneratedTypeConflictSuppressor()], options).GetAllDiagnosticsAsync(TestContext.Current.CancellationToken);

        Assert.Contains(plain, d => d.Id == "CS0436");
        Assert.All(withSuppressor.Where(d => d.Id == "CS0436"), d => Assert.True(d.IsSuppressed, d.ToString()));
        // CS1701/CS1702 are reference-unification notes that MSBuild turns off in every project; CS1591 is XML docs.
        Assert.DoesNotContain(withSuppressor, d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed && d.Id is not ("CS1591" or "CS1701" or "CS1702"));
    }

    private static Compilation Generate(CSharpCompilation compilation)
    {
        CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()])
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, TestContext.Current.CancellationToken);
        return output;
    }
}
