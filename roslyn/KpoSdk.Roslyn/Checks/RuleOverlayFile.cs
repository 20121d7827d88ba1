using KpoSdk.Knowledge.Rules.Overlay;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Checks;

/// <summary>
/// Which additional file is the project's rule overlay: one rule for the analyzers (which check
/// with it) and the generator (which carries it into the contracts' <c>Validate</c>), so both use
/// the same file when a project has several (the others are KPO0006).
/// </summary>
internal static class RuleOverlayFile
{
    public static bool IsOverlay(AdditionalText file) =>
        string.Equals(Path.GetFileName(file.Path), RuleOverlayReader.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The first overlay file in ordinal path order (the one that is applied), or null.</summary>
    public static AdditionalText? Find(IEnumerable<AdditionalText> files)
    {
        AdditionalText? found = null;
        foreach (var file in files)
        {
            if (IsOverlay(file) && (found is null || string.CompareOrdinal(file.Path, found.Path) < 0))
            {
                found = file;
            }
        }

        return found;
    }
}
