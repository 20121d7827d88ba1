using System.Collections.Immutable;
using System.Text;
using KpoSdk.Generators.Emitting;
using KpoSdk.Sla;
using KpoSdk.Knowledge.Contracts;
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

        /// <summary>
        /// The model of a marked type; a fallback model (<see cref="ContractModel.Fallback"/>) when a value
        /// in its declaration is invalid; null when no part can be added to the type at all.
        /// </summary>
        public static ContractModel? ReadContract(GeneratorAttributeSyntaxContext context, CancellationToken token) =>
            ReadContract(context.TargetSymbol, context.TargetNode, context.Attributes, token);

        /// <summary>
        /// The model of <paramref name="target"/>, declared by <paramref name="node"/> with the
        /// <c>[ServiceLevelContract]</c> attributes <paramref name="contractAttributes"/>; a fallback
        /// model when a value is invalid; null when the type cannot take a generated part (not
        /// partial, nested, generic, repeated attribute, or a member the part would clash with).
        /// </summary>
        public static ContractModel? ReadContract(ISymbol target, SyntaxNode node, ImmutableArray<AttributeData> contractAttributes, CancellationToken token)
        {
            if (target is not INamedTypeSymbol symbol
                || contractAttributes.Length != 1
                || DeclarationShape.Read(symbol, node) is not { } type
                || ContractReader.Read(symbol, report: null, token) is not { Contract: not null } declaration)
            {
                return null;
            }

            token.ThrowIfCancellationRequested();

            // A member of the type that the generated part would duplicate or hide makes that part fail to compile.
            if (GeneratedMemberClash.Find(symbol, declaration.HasResponseAttribute, declaration.HasResolutionAttribute) is not null)
            {
                return null;
            }

            return ModelReader.Read(declaration, type) ?? Fallback(symbol, declaration, type, token);
        }

        /// <summary>The fallback model: the declaration read again, rarely, to collect the IDs of its errors for the message.</summary>
        private static ContractModel Fallback(INamedTypeSymbol symbol, ContractDeclaration declaration, ContractType type, CancellationToken token)
        {
            var ids = new SortedSet<string>(StringComparer.Ordinal);
            ContractReader.Read(symbol, diagnostic =>
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    ids.Add(diagnostic.Id);
                }
            }, token);

            var (responseText, responseCalendar) = TargetText(symbol, ContractAttributeNames.ResponseTime);
            var (resolutionText, resolutionCalendar) = TargetText(symbol, ContractAttributeNames.ResolutionTime);
            return ModelReader.Fallback(declaration, type, string.Join(", ", ids), responseText, responseCalendar, resolutionText, resolutionCalendar);
        }

        /// <summary>The first string argument of the target attribute <paramref name="kind"/>, and whether it counts on calendar time.</summary>
        private static (string? Text, bool OnCalendarTime) TargetText(INamedTypeSymbol symbol, string kind)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (ContractReader.KindOf(attribute) == kind)
                {
                    string? text = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                    bool calendar = attribute.NamedArguments.Any(a => a.Key == ContractAttributeNames.Clock && a.Value.Value is int basis && basis == (int)SlaClockBasis.CalendarTime);
                    return (text, calendar);
                }
            }

            return (null, false);
        }

        public static RegistryEntry ToRegistryEntry(ContractModel model) => new(model.Type.FullyQualifiedName, model.Fallback is null);

        public static SourceText EmitContract(ContractModel model) => SourceText.From(ContractEmitter.Emit(model), Encoding.UTF8);

        public static SourceText EmitProjectRules(string? overlay) => SourceText.From(ProjectRulesEmitter.Emit(overlay), Encoding.UTF8);

        public static SourceText EmitRegistry(EquatableArray<RegistryEntry> entries) => SourceText.From(RegistryEmitter.Emit(entries), Encoding.UTF8);
    }
}
