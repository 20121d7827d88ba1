namespace KpoSdk.Generators.Models;

/// <summary>A contract and the unique name of its generated file.</summary>
internal sealed record ContractOutput(ContractModel Model, string HintName);
