namespace KpoSdk.Generators;

/// <summary>
/// The names of the generator's incremental steps (<c>WithTrackingName</c>), public so that tests
/// and benchmarks can find each step in a run's tracked steps.
/// </summary>
public static class TrackingNames
{
    /// <summary>Each type marked <c>[ServiceLevelContract]</c>, read into a model, or null when invalid.</summary>
    public const string Declarations = "ContractDeclarations";

    /// <summary>The valid contract models, one source file each.</summary>
    public const string Contracts = "Contracts";

    /// <summary>The contracts whose file names would clash without case (normally none).</summary>
    public const string HintNameClashes = "HintNameClashes";

    /// <summary>Each valid contract with the unique name of its file: what the contract source is emitted from.</summary>
    public const string Outputs = "ContractOutputs";

    /// <summary>Each valid contract's registry entry (its name only).</summary>
    public const string RegistryEntries = "RegistryEntries";

    /// <summary>All registry entries, ordered: the registry source file.</summary>
    public const string Registry = "Registry";

    /// <summary>The text of the project's kpo.rules.json, or null.</summary>
    public const string RulesOverlay = "RulesOverlay";

    /// <summary>Whether any contract is emitted, with the overlay: the ProjectRules source file.</summary>
    public const string ProjectRules = "ProjectRules";
}
