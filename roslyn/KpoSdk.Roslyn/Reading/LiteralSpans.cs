using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Roslyn.Reading;

/// <summary>
/// Maps a span of a string value back to its characters in the source, so a diagnostic underlines
/// "UK" inside <c>"IN UK"</c>. Only a plain (or verbatim) literal whose source text is its value
/// maps exactly; for escapes, raw strings or constants from elsewhere the whole expression is used.
/// </summary>
internal static class LiteralSpans
{
    /// <summary>The location of characters <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of <paramref name="value"/>, written by <paramref name="expression"/>.</summary>
    public static Location Locate(SyntaxNode expression, string value, int start, int length)
    {
        if (length > 0 && start >= 0 && start + length <= value.Length && InnerStart(expression, value) is int inner)
        {
            return Location.Create(expression.SyntaxTree, new TextSpan(inner + start, length));
        }

        return expression.GetLocation();
    }

    /// <summary>Whether the location is inside the quotes of a literal (so its text can be replaced as is).</summary>
    public static bool IsInsideLiteral(SyntaxNode expression, TextSpan span) =>
        expression is LiteralExpressionSyntax literal
        && literal.Token.IsKind(SyntaxKind.StringLiteralToken)
        && span.Start > literal.Token.SpanStart
        && span.End < literal.Token.Span.End;

    /// <summary>The source position of the value's first character, when the literal's text between its quotes is exactly the value.</summary>
    private static int? InnerStart(SyntaxNode expression, string value)
    {
        if (expression is not LiteralExpressionSyntax literal || !literal.Token.IsKind(SyntaxKind.StringLiteralToken))
        {
            return null;
        }

        string text = literal.Token.Text;
        int prefix = text.StartsWith("@\"", StringComparison.Ordinal) ? 2 : text.StartsWith("\"", StringComparison.Ordinal) ? 1 : 0;
        if (prefix == 0 || text.Length != prefix + value.Length + 1 || string.CompareOrdinal(text, prefix, value, 0, value.Length) != 0)
        {
            return null;
        }

        return literal.Token.SpanStart + prefix;
    }
}
