using System.Collections.Immutable;

namespace KpoSdk.Rules;

/// <summary>What <see cref="RuleSet.ApplyOverlay"/> made of an overlay file: the rules, and every problem found in the file.</summary>
/// <param name="Rules">The set with every entry that could be applied.</param>
/// <param name="Problems">The problems, in file order; empty when the whole file was applied.</param>
public sealed record RuleOverlayResult(RuleSet Rules, ImmutableArray<RuleOverlayProblem> Problems);
