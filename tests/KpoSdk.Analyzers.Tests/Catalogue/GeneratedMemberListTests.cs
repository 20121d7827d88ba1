using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Generators;
using KpoSdk.Knowledge.Contracts;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Analyzers.Tests.Catalogue;

/// <summary>
/// The clash check (KPO9004, and the generator's own skip) reads the list of generated members in
/// <see cref="GeneratedMembers"/>; this compares that list with what the emitters actually write, so
/// a member added to the generated part without being added to the list fails here instead of
/// silently escaping the check.
/// </summary>
public sealed class GeneratedMemberListTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void The_clash_list_is_exactly_the_members_the_generator_writes(bool response, bool resolution)
    {
        string source = $$"""
            using KpoSdk;
            using KpoSdk.Contracts;

            namespace Acme;

            [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "PL")]
            [CoverageWindow("Europe/Berlin", "Mon-Fri 09:00-17:00")]
            {{(response ? "[ResponseTime(\"PT4H\")]" : "")}}
            {{(resolution ? "[ResolutionTime(\"P2D\")]" : "")}}
            [RequiresLanguage("de", CefrLevel.B2)]
            public partial class BerlinPayroll;
            """;
        var written = WrittenMembers(source);
        var listed = GeneratedMembers.Of(response, resolution).Select(Describe).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(written.Except(listed));
        Assert.Empty(listed.Except(written));
    }

    private static HashSet<string> WrittenMembers(string source)
    {
        var compilation = AnalyzerRunner.Compile(source);
        var driver = CSharpGeneratorDriver.Create([new ServiceLevelContractGenerator().AsSourceGenerator()], parseOptions: (CSharpParseOptions)compilation.SyntaxTrees[0].Options);
        var result = driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        var contract = result.GeneratedSources.Single(s => s.HintName.EndsWith(".ServiceLevelContract.g.cs", StringComparison.Ordinal));
        var type = contract.SyntaxTree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<TypeDeclarationSyntax>().Single(t => t.Identifier.ValueText == "BerlinPayroll");
        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in type.Members)
        {
            switch (member)
            {
                case FieldDeclarationSyntax field:
                    members.UnionWith(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                    break;
                case PropertyDeclarationSyntax property when property.ExplicitInterfaceSpecifier is null:
                    members.Add(property.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax method when method.ExplicitInterfaceSpecifier is null:
                    members.Add($"{method.Identifier.ValueText}({string.Join(", ", method.ParameterList.Parameters.Select(p => p.Type!.ToString()))})");
                    break;
                case ConstructorDeclarationSyntax:
                    Assert.Fail("The generated part declares a constructor, which the clash list cannot describe.");
                    break;
            }
        }

        Assert.NotEmpty(members);
        return members;
    }

    private static string Describe(GeneratedMember member) =>
        member.IsMethod ? $"{member.Name}({string.Join(", ", member.ParameterTypes!)})" : member.Name;
}
