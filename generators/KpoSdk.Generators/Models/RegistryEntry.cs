namespace KpoSdk.Generators.Models;

/// <summary>What the registry needs of a contract: its name only, so other edits leave the registry cached.</summary>
internal sealed record RegistryEntry(string FullyQualifiedName) : IComparable<RegistryEntry>
{
    public int CompareTo(RegistryEntry? other) => string.CompareOrdinal(FullyQualifiedName, other?.FullyQualifiedName);
}
