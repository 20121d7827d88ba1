using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// The edits of the "did you mean" fixes (KPO0001-0003, KPO2001), read from the properties the
/// analyzer put on the diagnostic: a replacement of the text inside the literal, or of a whole
/// <c>Country.Parse</c> call by the <c>Country</c> member. One place, so that an action and Fix
/// All make the same edit.
/// </summary>
internal static class DidYouMeanEdits
{
    /// <summary>The replacements for the diagnostic's span, most likely first (empty when the analyzer offers none).</summary>
    public static string[] Replacements(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.Replacements, out string? joined) && !string.IsNullOrEmpty(joined)
            ? joined!.Split(FixProperties.Separator)
            : [];

    /// <summary>Replaces the diagnostic's span, the offending text inside the literal, with <paramref name="replacement"/>.</summary>
    public static TextChange Literal(Diagnostic diagnostic, string replacement) => new(diagnostic.Location.SourceSpan, replacement);

    /// <summary>
    /// Replaces the <c>Country.Parse</c> call that is the diagnostic's first additional location with
    /// the member <paramref name="member"/>, qualified as the call's receiver was written
    /// (<c>Country.GB</c>, <c>KpoSdk.Country.GB</c>, an alias); null when the call is not found.
    /// </summary>
    public static TextChange? CountryMember(Diagnostic diagnostic, SyntaxNode root, string member)
    {
        if (diagnostic.AdditionalLocations.Count == 0
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call)
        {
            return null;
        }

        // Without a receiver the call came in through 'using static KpoSdk.Country'.
        string type = call.Expression is MemberAccessExpressionSyntax access ? access.Expression.ToString() : "global::KpoSdk.Country";
        return new TextChange(call.Span, type + "." + member);
    }

    /// <summary>
    /// The edit Fix All makes for the diagnostic: none for a guess; for a certain fix, the
    /// <c>Country</c> member where the diagnostic is on a <c>Country.Parse</c> call (it cannot be
    /// wrong and needs no parsing), else the one replacement in the literal.
    /// </summary>
    public static TextChange? Certain(Diagnostic diagnostic, SyntaxNode root)
    {
        if (!FixProperties.IsCertain(diagnostic.Properties))
        {
            return null;
        }

        if (diagnostic.Properties.TryGetValue(FixProperties.CountryMember, out string? member) && member is not null
            && CountryMember(diagnostic, root, member) is { } call)
        {
            return call;
        }

        var replacements = Replacements(diagnostic);
        return replacements.Length == 1 ? Literal(diagnostic, replacements[0]) : null;
    }
}
