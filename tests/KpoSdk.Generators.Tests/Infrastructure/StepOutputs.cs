using Microsoft.CodeAnalysis;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>The generator's named steps and their outputs in one run.</summary>
internal static class StepOutputs
{
    public static readonly string[] Names =
    [
        TrackingNames.Declarations,
        TrackingNames.Contracts,
        TrackingNames.HintNameClashes,
        TrackingNames.Outputs,
        TrackingNames.RegistryEntries,
        TrackingNames.Registry,
        TrackingNames.RulesOverlay,
        TrackingNames.ProjectRules,
    ];

    /// <summary>Every output of every named step, with the reason it was produced.</summary>
    public static IEnumerable<(string Step, object Value, IncrementalStepRunReason Reason)> Of(GeneratorRunResult result) =>
        from name in Names
        from step in result.TrackedSteps.TryGetValue(name, out var steps) ? steps : []
        from output in step.Outputs
        select (name, output.Value, output.Reason);

    /// <summary>The reasons of the source outputs (one per generated file, or per registry).</summary>
    public static IEnumerable<IncrementalStepRunReason> SourceOutputReasons(GeneratorRunResult result) =>
        from steps in result.TrackedOutputSteps.Values
        from step in steps
        from output in step.Outputs
        select output.Reason;
}
