using System.Globalization;
using System.Text.RegularExpressions;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// The marker of a <c>csharp</c> block, <c>&lt;!-- compile: clause; clause --&gt;</c>, which says how
/// the block builds when it differs from the default (a clean build, with the rules date of the
/// docs' examples). Clauses:
/// <list type="bullet">
/// <item><c>fails KPO0001 CS0246 …</c>: the build fails with exactly these diagnostics, one ID per diagnostic, in any order;</item>
/// <item><c>warns KPO2001 …</c>: the build succeeds with exactly these warnings;</item>
/// <item><c>continues</c>: the block is another part of the project of the page's previous <c>csharp</c> block;</item>
/// <item><c>edits `text`</c>: the block is a change to the page's previous <c>csharp</c> block (as that reads after its own
/// edits): its lines replace as many lines of that block, from the one line that contains <c>text</c>; the changed
/// block is built in the place of the previous one;</item>
/// <item><c>edits `text` through `end`</c>: the same, but the block replaces the lines from the one that contains
/// <c>text</c> through the first one from there that contains <c>end</c>, however many lines the block has;</item>
/// <item><c>silent</c>: the block is a program that runs and prints nothing (e.g. "Validate returns no violation");</item>
/// <item><c>rules-date yyyy-MM-dd</c>: the <c>kpo_rules_date</c> the analyzers check dated rules on;</item>
/// <item><c>fragment: reason</c>: not compiled, for the reason given (only where no complete form is possible).</item>
/// </list>
/// The vocabulary is documented in docs/architecture.md (Tested documentation).
/// </summary>
internal sealed partial record CompileMarker(IReadOnlyList<string> Expected, bool Fails, bool Continues, string? Edits, string? EditsThrough, bool Silent, string RulesDate, string? FragmentReason)
{
    public const string Keyword = "compile:";

    /// <summary>The rules date of a block without a <c>rules-date</c> clause: the date the docs' examples validate on (2 March 2026).</summary>
    public const string DefaultRulesDate = "2026-03-02";

    public static CompileMarker Default { get; } = new([], false, false, null, null, false, DefaultRulesDate, null);

    /// <summary>True when the block is compiled (every block but a fragment).</summary>
    public bool IsCompiled => FragmentReason is null;

    /// <summary>Reads the marker before a block (null: none); throws <see cref="FormatException"/> naming what does not fit the vocabulary.</summary>
    public static CompileMarker Parse(string? marker)
    {
        if (marker is null)
        {
            return Default;
        }

        if (!marker.StartsWith(Keyword, StringComparison.Ordinal))
        {
            throw new FormatException($"The comment '{marker}' before a csharp block is not a compile marker ('{Keyword} …').");
        }

        var result = Default;
        bool expects = false;
        foreach (string clause in Clauses(marker[Keyword.Length..]))
        {
            string[] words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (words)
            {
                case ["fails" or "warns", .. var ids] when !expects && ids.Length > 0 && ids.All(id => DiagnosticId().IsMatch(id)):
                    result = result with { Expected = ids, Fails = words[0] == "fails" };
                    expects = true;
                    break;
                case ["continues"] when !result.Continues && result.Edits is null:
                    result = result with { Continues = true };
                    break;
                case ["edits", ..] when !result.Continues && result.Edits is null && Quoted().Match(clause) is { Success: true } quoted:
                    result = result with { Edits = quoted.Groups[1].Value, EditsThrough = quoted.Groups[2].Success ? quoted.Groups[2].Value : null };
                    break;
                case ["silent"] when !result.Silent:
                    result = result with { Silent = true };
                    break;
                case ["rules-date", var date] when result.RulesDate == DefaultRulesDate
                    && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    result = result with { RulesDate = date };
                    break;
                case ["fragment:", _, ..]:
                    result = result with { FragmentReason = clause["fragment:".Length..].Trim() };
                    break;
                default:
                    throw new FormatException($"'{clause}' in '{marker}' is not a compile clause: expected 'fails ID…', 'warns ID…', 'continues', 'edits `text`' (optionally 'through `end`'), 'silent', 'rules-date yyyy-MM-dd' or 'fragment: reason', each once.");
            }
        }

        if (result.Silent && expects)
        {
            throw new FormatException($"'{marker}': a silent program builds clean, so it takes no 'fails' or 'warns'.");
        }

        if (result.FragmentReason is not null && (expects || result.Continues || result.Edits is not null || result.Silent || result.RulesDate != DefaultRulesDate))
        {
            throw new FormatException($"'{marker}': a fragment is not compiled, so it takes no other clause.");
        }

        return result;
    }

    /// <summary>The clauses, split at each <c>;</c> outside backticks.</summary>
    private static IEnumerable<string> Clauses(string text) => ClauseSplit().Split(text).Select(c => c.Trim());

    [GeneratedRegex(";(?=(?:[^`]*`[^`]*`)*[^`]*$)")]
    private static partial Regex ClauseSplit();

    [GeneratedRegex("^edits `([^`]+)`(?: through `([^`]+)`)?$")]
    private static partial Regex Quoted();

    [GeneratedRegex("^(KPO|CS|AD)[0-9]{4}$")]
    private static partial Regex DiagnosticId();
}
