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

    /// <summary>
    /// Present (<c>"true"</c>) when the one replacement, and the <see cref="CountryMember"/> if any,
    /// is certain: the only value the text can mean ("UK" is "GB", "usa-ny" is "US-NY",
    /// "asia/kolkata" is "Asia/Kolkata", a client with one zone). Only then may Fix All and
    /// <c>dotnet format</c> apply it unasked. Absent for guesses, which the fixes offer one action
    /// each and never apply in bulk (the rules are in each Suggest method of the knowledge base).
    /// </summary>
    public const string Certain = "kpo.certain";

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

    /// <summary>The replacements, most likely first; marked <see cref="Certain"/> when <paramref name="certain"/> and there is exactly one.</summary>
    public static ImmutableDictionary<string, string?> WithReplacements(IReadOnlyList<string> replacements, bool certain)
    {
        string joined = string.Join(Separator.ToString(), replacements);
        if (joined.Length == 0)
        {
            return Empty;
        }

        var properties = Empty.Add(Replacements, joined);
        return certain && replacements.Count == 1 ? properties.Add(Certain, "true") : properties;
    }

    /// <summary>Whether <paramref name="properties"/> carry a certain fix (see <see cref="Certain"/>).</summary>
    public static bool IsCertain(ImmutableDictionary<string, string?> properties) =>
        properties.TryGetValue(Certain, out string? value) && value == "true";
}
