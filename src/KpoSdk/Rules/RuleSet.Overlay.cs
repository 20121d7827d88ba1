using System.Collections.Immutable;
using KpoSdk.Documents;
using KpoSdk.Knowledge.Rules.Overlay;

namespace KpoSdk.Rules;

public sealed partial class RuleSet
{
    /// <summary>
    /// Applies a rule overlay file (<c>kpo.rules.json</c>, format in docs/rules-overlay.md) to this
    /// set, as the analyzers apply the project's overlay: <c>removeRuleIds</c>, <c>remove</c>,
    /// <c>replace</c>, then <c>add</c>. An entry with a problem is left out and the others are
    /// applied; a text that is not valid JSON leaves the set as it is. Never throws on bad input:
    /// every problem is a <see cref="RuleOverlayProblem"/> (KPO0006) with its line and column.
    /// </summary>
    /// <param name="json">The overlay file's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public RuleOverlayResult ApplyOverlay(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var applied = RuleOverlayReader.Apply(_engine, json);
        var problems = applied.Errors
            .Select(e => (Error: e, Position: TextPosition.Of(json, e.Start)))
            .Select(p => new RuleOverlayProblem(p.Position.Line, p.Position.Column, p.Error.Length, p.Error.Path, p.Error.Message))
            .ToImmutableArray();
        return new RuleOverlayResult(ReferenceEquals(applied.Rules, _engine) ? this : new RuleSet(applied.Rules, Rules), problems);
    }

    /// <summary>
    /// Returns the set a rule overlay makes of this one, or throws: the strict form of
    /// <see cref="ApplyOverlay"/> for an application that must not run on part of a file.
    /// </summary>
    /// <param name="overlayJson">The overlay's text.</param>
    /// <param name="fileName">How messages name the overlay.</param>
    /// <exception cref="ArgumentNullException"><paramref name="overlayJson"/> is null.</exception>
    /// <exception cref="RuleOverlayException">The overlay is not valid JSON, or an entry is wrong (an unknown rule key, field, selector or ID): every problem, with its line, column and JSON path, as KPO0006 reports it. Nothing is applied.</exception>
    public RuleSet WithOverlay(string overlayJson, string fileName = "kpo.rules.json")
    {
        var result = ApplyOverlay(overlayJson);
        return result.Problems.IsEmpty ? result.Rules : throw new RuleOverlayException(fileName, result.Problems);
    }
}
