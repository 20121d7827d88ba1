namespace KpoSdk.Generators.Models;

/// <summary>
/// A contract whose file name would clash with another's, since hint names compare without case.
/// </summary>
/// <param name="FullyQualifiedName">The contract's full name.</param>
/// <param name="IsDuplicate">True when another contract has exactly this name (erroneous code: both are skipped); false when the names differ in case only (each gets a suffix).</param>
internal sealed record HintNameClash(string FullyQualifiedName, bool IsDuplicate);
