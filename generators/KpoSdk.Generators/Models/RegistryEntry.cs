namespace KpoSdk.Generators.Models;

/// <summary>
/// What the registry needs of a contract: its name, and whether it was generated (a fallback part
/// of a declaration with errors is not listed, but still makes the registry exist, so that code
/// using it compiles); nothing else, so other edits leave the registry cached.
/// </summary>
internal sealed record RegistryEntry(string FullyQualifiedName, bool IsGenerated = true) : IComparable<RegistryEntry>
{
    public int CompareTo(RegistryEntry? other) => string.CompareOrdinal(FullyQualifiedName, other?.FullyQualifiedName);
}
