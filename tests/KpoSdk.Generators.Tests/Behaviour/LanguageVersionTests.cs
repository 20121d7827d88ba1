using KpoSdk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>
/// The generated code uses nothing newer than C# 10 (the first version with record structs and
/// file-scoped namespaces, which contracts may use), so a project that pins an older language
/// version than the SDK's default still compiles it without a warning.
/// </summary>
public sealed class LanguageVersionTests
{
    public static TheoryData<int> DeclarationIndexes => [.. Enumerable.Range(0, Declarations.All.Count)];

    [Theory]
    [MemberData(nameof(DeclarationIndexes))]
    public void The_generated_code_compiles_as_CSharp_10(int index)
    {
        var options = TestCompilation.ParseOptions.WithLanguageVersion(LanguageVersion.CSharp10);
        var compilation = TestCompilation.Create(CSharpSyntaxTree.ParseText(Declarations.All[index], options, "Contracts.cs", cancellationToken: TestContext.Current.CancellationToken));
        var driver = CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()], parseOptions: options);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics, TestContext.Current.CancellationToken);

        Assert.Empty(generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > 1);
        Assert.Empty(output.GetDiagnostics(TestContext.Current.CancellationToken));
    }
}
