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
            .Select(p => new RuleOverlayProblem(p.Position.Line, p.Position.Column, p.Error.Length, p.Error.Message))
            .ToImmutableArray();
        return new RuleOverlayResult(ReferenceEquals(applied.Rules, _engine) ? this : new RuleSet(applied.Rules, Rules), problems);
    }
}
