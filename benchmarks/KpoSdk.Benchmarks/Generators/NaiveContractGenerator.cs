using System.Collections.Immutable;
using KpoSdk.Generators;
using KpoSdk.Generators.Emitting;
using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Benchmarks.Generators;

/// <summary>
/// The reference a first attempt usually looks like: every type declaration becomes a symbol,
/// the symbols are collected and combined with the compilation, and all the work happens in the
/// output step. It reads and emits with the real generator's code, so both produce the same
/// files; only the pipeline differs. Nothing in it can be cached, since symbols and the
/// compilation change with every edit. It is run in-process only, never loaded by a compiler.
/// </summary>
public sealed class NaiveContractGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is TypeDeclarationSyntax,
                static (syntax, token) => (Node: syntax.Node, Symbol: syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, token)))
            .Collect()
            .Combine(context.CompilationProvider);

        context.RegisterSourceOutput(types, static (output, input) =>
        {
            var attributeType = input.Right.GetTypeByMetadataName("KpoSdk.Contracts.ServiceLevelContractAttribute");
            var entries = new List<RegistryEntry>();
            foreach (var (node, symbol) in input.Left)
            {
                if (symbol is null)
                {
                    continue;
                }

                // The attributes written on this declaration, as ForAttributeWithMetadataName would give them.
                var onNode = symbol.GetAttributes()
                    .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType) && a.ApplicationSyntaxReference?.GetSyntax().Parent?.Parent == node)
                    .ToImmutableArray();
                if (onNode.IsEmpty || ServiceLevelContractGenerator.Execute.ReadContract(symbol, node, onNode, output.CancellationToken) is not { } model)
                {
                    continue;
                }

                output.AddSource(model.Type.HintName, ServiceLevelContractGenerator.Execute.EmitContract(model));
                entries.Add(ServiceLevelContractGenerator.Execute.ToRegistryEntry(model));
            }

            if (entries.Count > 0)
            {
                output.AddSource(ServiceLevelContractGenerator.Execute.RegistryHintName, ServiceLevelContractGenerator.Execute.EmitRegistry(entries.OrderBy(e => e).ToEquatableArray()));

                // The project's rules, as the generator emits them beside the registry (no kpo.rules.json here).
                output.AddSource(ProjectRulesEmitter.HintName, ServiceLevelContractGenerator.Execute.EmitProjectRules(null));
            }
        });
    }
}
