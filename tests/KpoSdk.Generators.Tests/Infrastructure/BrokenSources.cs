using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Tests.Infrastructure;

/// <summary>
/// A corpus of broken declarations, as a user produces them while typing: each declaration cut
/// after every token, and seeded random variants with tokens deleted or characters deleted inside
/// a string literal (so the attribute values reach the parsers half-typed).
/// </summary>
internal static class BrokenSources
{
    public static IEnumerable<string> Truncations(string source)
    {
        foreach (var token in Tokens(source))
        {
            yield return source.Substring(0, token.Span.End);
        }
    }

    public static IEnumerable<string> RandomDeletions(string source, int count, int seed)
    {
        var tokens = Tokens(source);
        var literals = tokens.Where(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.Span.Length > 2).ToList();
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            if (i % 2 == 1 && literals.Count > 0)
            {
                // A character deleted inside a literal, quotes kept: "PT4H" becomes "P4H", "US-NY" "USNY".
                var literal = literals[random.Next(literals.Count)];
                int at = literal.Span.Start + 1 + random.Next(literal.Span.Length - 2);
                yield return source.Remove(at, 1);
                continue;
            }

            var deleted = Enumerable.Range(0, 1 + random.Next(3))
                .Select(_ => tokens[random.Next(tokens.Count)].Span)
                .Distinct()
                .OrderByDescending(span => span.Start);
            string text = source;
            foreach (var span in deleted)
            {
                text = text.Remove(span.Start, span.Length);
            }

            yield return text;
        }
    }

    private static List<SyntaxToken> Tokens(string source) =>
        [.. CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))];
}
