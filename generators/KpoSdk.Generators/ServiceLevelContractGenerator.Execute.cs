using System.Collections.Immutable;
using System.Text;
using KpoSdk.Generators.Emitting;
using KpoSdk.Generators.Helpers;
using KpoSdk.Generators.Models;
using KpoSdk.Generators.Reading;
using KpoSdk.Knowledge.Services;
using KpoSdk.Roslyn;
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
                || DeclarationShape.Read(symbol, node) is not { } type)
            {
                return null;
            }

            var contract = contractAttributes[0];
            if (ContractAttributes.Argument(contract, 0) is not int service
                || !ServiceLines.IsDefined((ServiceLine)service)
                || !ContractAttributes.TryGetNamed(contract, "Client", out object? clientText)
                || !ContractAttributes.TryGetNamed(contract, "DeliveredFrom", out object? deliveryText)
                || JurisdictionReader.Read(clientText) is not { } client
                || JurisdictionReader.ReadList(deliveryText) is not { } deliveredFrom)
            {
                return null;
            }

            token.ThrowIfCancellationRequested();
            var model = ReadRest(symbol.GetAttributes(), type, ((ServiceLine)service).ToString(), client, deliveredFrom);

            // A member of the type that the generated part would duplicate or hide makes that part fail to compile.
            return model is not null && GeneratedMemberClash.Find(symbol, model.Response is not null, model.Resolution is not null) is null ? model : null;
        }

        public static RegistryEntry ToRegistryEntry(ContractModel model) => new(model.Type.FullyQualifiedName);

        public static SourceText EmitContract(ContractModel model) => SourceText.From(ContractEmitter.Emit(model), Encoding.UTF8);

        public static SourceText EmitRegistry(EquatableArray<RegistryEntry> entries) => SourceText.From(RegistryEmitter.Emit(entries), Encoding.UTF8);

        private static ContractModel? ReadRest(
            IEnumerable<AttributeData> attributes,
            ContractType type,
            string service,
            JurisdictionModel client,
            EquatableArray<JurisdictionModel> deliveredFrom)
        {
            CoverageModel? coverage = null;
            TargetModel? response = null, resolution = null;
            var credentials = new List<CredentialModel>();
            var languages = new List<LanguageModel>();
            int contracts = 0;
            foreach (var attribute in attributes)
            {
                // Each recognised attribute must read cleanly; a repeated single-use one is invalid.
                bool valid = true;
                if (ContractAttributes.Is(attribute, ContractAttributes.ServiceLevelContract))
                {
                    valid = ++contracts == 1;
                }
                else if (ContractAttributes.Is(attribute, ContractAttributes.CoverageWindow))
                {
                    valid = coverage is null && (coverage = CoverageReader.Read(attribute)) is not null;
                }
                else if (ContractAttributes.Is(attribute, ContractAttributes.ResponseTime))
                {
                    valid = response is null && (response = TargetReader.Read(attribute)) is not null;
                }
                else if (ContractAttributes.Is(attribute, ContractAttributes.ResolutionTime))
                {
                    valid = resolution is null && (resolution = TargetReader.Read(attribute)) is not null;
                }
                else if (ContractAttributes.Is(attribute, ContractAttributes.RequiresCredential))
                {
                    valid = Add(credentials, RequirementReader.ReadCredential(attribute));
                }
                else if (ContractAttributes.Is(attribute, ContractAttributes.RequiresLanguage))
                {
                    valid = Add(languages, RequirementReader.ReadLanguage(attribute));
                }

                if (!valid)
                {
                    return null;
                }
            }

            return coverage is null
                ? null
                : new ContractModel(type, service, client, deliveredFrom, coverage, response, resolution, credentials.ToEquatableArray(), languages.ToEquatableArray());
        }

        private static bool Add<T>(List<T> list, T? item)
            where T : class
        {
            if (item is null)
            {
                return false;
            }

            list.Add(item);
            return true;
        }
    }
}
