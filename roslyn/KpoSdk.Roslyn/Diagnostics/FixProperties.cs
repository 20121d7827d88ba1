using System.Collections.Immutable;

namespace KpoSdk.Roslyn.Diagnostics;

/// <summary>
/// Keys of the diagnostic properties the code fixes read. The analyzer computes the suggestion once
/// (from the same look-ups that wrote the message), so a fix never offers what the message does not.
/// </summary>
internal static class FixProperties
{
    /// <summary>Replacement texts for the diagnostic's span, best first, separated by <see cref="Separator"/>. Set only when the span lies inside a string literal.</summary>
    public const string Replacements = "kpo.replacements";

    /// <summary>The alpha-2 code of the <c>Country</c> member that can replace the whole <c>Country.Parse</c> call (the diagnostic's first additional location).</summary>
    public const string CountryMember = "kpo.countryMember";

    /// <summary>The key of the rule a KPO1001-1003 diagnostic reports.</summary>
    public const string RuleKey = "kpo.ruleKey";

    /// <summary>
    /// The sets of safeguards that would lift a KPO1003/KPO1005 diagnostic: sets separated by
    /// <see cref="Separator"/>, the members of a set by <see cref="SafeguardSeparator"/>
    /// (<c>StandardContractualClauses|PiplStandardContract+SeparateConsent</c>).
    /// </summary>
    public const string Safeguards = "kpo.safeguards";

    public const char Separator = '|';

    public const char SafeguardSeparator = '+';

    public static string JoinSafeguards(IEnumerable<IEnumerable<Safeguard>> sets) =>
        string.Join(Separator.ToString(), sets.Select(set => string.Join(SafeguardSeparator.ToString(), set)));

    public static ImmutableDictionary<string, string?> Empty => ImmutableDictionary<string, string?>.Empty;

    public static ImmutableDictionary<string, string?> WithReplacements(IEnumerable<string> replacements)
    {
        string joined = string.Join(Separator.ToString(), replacements);
        return joined.Length == 0 ? Empty : Empty.Add(Replacements, joined);
    }
}
