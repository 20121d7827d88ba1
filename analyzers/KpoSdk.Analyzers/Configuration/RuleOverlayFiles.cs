using System.Runtime.CompilerServices;
using KpoSdk.Knowledge.Rules.Overlay;
using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Configuration;

/// <summary>
/// The <c>kpo.rules.json</c> AdditionalFile of a compilation, read once per text: the IDE creates a
/// compilation per keystroke, but the file's <see cref="SourceText"/> stays the same object until
/// the file changes, so its overlay is parsed once.
/// </summary>
internal static class RuleOverlayFiles
{
    private static readonly ConditionalWeakTable<SourceText, RuleOverlayResult> s_cache = new();

    /// <summary>The overlay read from <paramref name="text"/> onto the default rules.</summary>
    public static RuleOverlayResult Read(SourceText text) =>
        s_cache.GetValue(text, t => RuleOverlayReader.Apply(RuleSet.Default, t.ToString()));

    /// <summary>The rules the analyzers check against: the defaults with the compilation's overlay, if it has one.</summary>
    public static RuleSet RulesFor(IEnumerable<AdditionalText> files, CancellationToken cancellationToken) =>
        RuleOverlayFile.Find(files)?.GetText(cancellationToken) is { } text ? Read(text).Rules : RuleSet.Default;
}
