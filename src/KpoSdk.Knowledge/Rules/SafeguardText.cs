namespace KpoSdk.Knowledge.Rules;

/// <summary>How messages name the safeguards that would lift a rule, the same at compile time and at run time.</summary>
internal static class SafeguardText
{
    /// <summary>" Declaring the safeguard X lifts it." or " Declaring one of these lifts it: A; B; C with D."; empty when none would.</summary>
    public static string Lifting(IReadOnlyList<IReadOnlyList<Safeguard>> liftedBy) => liftedBy.Count switch
    {
        0 => string.Empty,
        1 => $" Declaring {(liftedBy[0].Count == 1 ? "the safeguard " : "the safeguards ")}{Describe(liftedBy[0])} lifts it.",
        _ => $" Declaring one of these lifts it: {string.Join("; ", liftedBy.Select(Describe))}.",
    };

    /// <summary>"A" or "A with B": a set of safeguards that must all be in place.</summary>
    public static string Describe(IReadOnlyList<Safeguard> allOf) => string.Join(" with ", allOf);
}
