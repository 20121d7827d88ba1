using KpoSdk.Generators.Emitting;
using KpoSdk.Generators.Helpers;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators;

/// <summary>
/// Completes every <c>partial</c> type marked <c>[ServiceLevelContract]</c> into a typed
/// service-level contract, and lists them all in one registry per assembly. Reports no
/// diagnostics: the KpoSdk analyzers say what is wrong. A declaration with an invalid value still
/// gets its members, each throwing an exception that names the errors (the way the Regex
/// generator falls back), so that code using the contract compiles and the KPO errors are the
/// build's only ones; a type that cannot take a generated part gets none.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ServiceLevelContractGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var contracts = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ContractAttributeNames.ServiceLevelContractMetadataName,
                static (node, _) => Execute.IsCandidate(node),
                static (context, token) => Execute.ReadContract(context, token))
            .WithTrackingName(TrackingNames.Declarations)
            .Where(static model => model is not null)
            .Select(static (model, _) => model!)
            .WithTrackingName(TrackingNames.Contracts);

        var clashes = contracts
            .Select(static (model, _) => model.Type.FullyQualifiedName)
            .Collect()
            .Select(static (names, _) => HintNames.FindClashes(names))
            .WithTrackingName(TrackingNames.HintNameClashes);

        var outputs = contracts
            .Combine(clashes)
            .Select(static (pair, _) => HintNames.Assign(pair.Left, pair.Right))
            .Where(static output => output is not null)
            .Select(static (output, _) => output!)
            .WithTrackingName(TrackingNames.Outputs);

        context.RegisterSourceOutput(outputs, static (output, contract) =>
            output.AddSource(contract.HintName, Execute.EmitContract(contract.Model)));

        var registry = outputs
            .Select(static (contract, _) => Execute.ToRegistryEntry(contract.Model))
            .WithTrackingName(TrackingNames.RegistryEntries)
            .Collect()
            .Select(static (entries, _) => entries.OrderBy(static e => e).ToEquatableArray())
            .WithTrackingName(TrackingNames.Registry);

        context.RegisterSourceOutput(registry, static (output, entries) =>
        {
            if (!entries.IsEmpty)
            {
                output.AddSource(Execute.RegistryHintName, Execute.EmitRegistry(entries));
            }
        });

        // The project's rule overlay, carried into the generated code so that a contract's
        // Validate(date) uses the rules the build checked it with.
        var overlay = context.AdditionalTextsProvider
            .Where(static file => RuleOverlayFile.IsOverlay(file))
            .Collect()
            .Select(static (files, token) => RuleOverlayFile.Find(files)?.GetText(token)?.ToString())
            .WithTrackingName(TrackingNames.RulesOverlay);

        var projectRules = registry
            .Select(static (entries, _) => !entries.IsEmpty)
            .Combine(overlay)
            .WithTrackingName(TrackingNames.ProjectRules);

        context.RegisterSourceOutput(projectRules, static (output, pair) =>
        {
            if (pair.Left)
            {
                output.AddSource(ProjectRulesEmitter.HintName, Execute.EmitProjectRules(pair.Right));
            }
        });
    }
}
