using System.Collections.Immutable;
using System.Text;
using KpoSdk.Generators.Emitting;
using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Generators.Reading;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Generators;

public sealed partial class ServiceLevelContractGenerator
{
    /// <summary>The generator's logic: reading a declaration into a model, and emitting source from models.</summary>
    internal static class Execute
    {
        public const string RegistryHintName = "ServiceLevelContractRegistry.g.cs";

        public static bool IsCandidate(SyntaxNode node) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax;

        /// <summary>The model of a marked type, or null when anything in its declaration is invalid.</summary>
        public static ContractModel? ReadContract(GeneratorAttributeSyntaxContext context, CancellationToken token) =>
            ReadContract(context.TargetSymbol, context.TargetNode, context.Attributes, token);

        /// <summary>
        /// The model of <paramref name="target"/>, declared by <paramref name="node"/> with the
        /// <c>[ServiceLevelContract]</c> attributes <paramref name="contractAttributes"/>; null when invalid.
        /// </summary>
        public static ContractModel? ReadContract(ISymbol target, SyntaxNode node, ImmutableArray<AttributeData> contractAttributes, CancellationToken token)
        {
            if (target is not INamedTypeSymbol symbol
                || contractAttributes.Length != 1
                || DeclarationShape.Read(symbol, node) is not { } type
                || ContractReader.Read(symbol, report: null, token) is not { } declaration)
            {
                return null;
            }

            token.ThrowIfCancellationRequested();
            var model = ModelReader.Read(declaration, type);

            // A member of the type that the generated part would duplicate or hide makes that part fail to compile.
            return model is not null && GeneratedMemberClash.Find(symbol, model.Response is not null, model.Resolution is not null) is null ? model : null;
        }

        public static RegistryEntry ToRegistryEntry(ContractModel model) => new(model.Type.FullyQualifiedName);

        public static SourceText EmitContract(ContractModel model) => SourceText.From(ContractEmitter.Emit(model), Encoding.UTF8);

        public static SourceText EmitProjectRules(string? overlay) => SourceText.From(ProjectRulesEmitter.Emit(overlay), Encoding.UTF8);

        public static SourceText EmitRegistry(EquatableArray<RegistryEntry> entries) => SourceText.From(RegistryEmitter.Emit(entries), Encoding.UTF8);
    }
}
