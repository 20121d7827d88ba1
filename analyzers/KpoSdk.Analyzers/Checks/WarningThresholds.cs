using KpoSdk.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO0004 for the <c>Warnings</c> of a response or resolution time: each threshold a percentage
/// of the target from 1 to 99, given once, as the generator requires (it emits nothing otherwise).
/// </summary>
internal static class WarningThresholds
{
    public static void Check(AttributeData target, string what, CancellationToken cancellationToken, Report report)
    {
        foreach (var pair in target.NamedArguments)
        {
            if (pair.Key != "Warnings" || pair.Value.Kind != TypedConstantKind.Array || pair.Value.IsNull)
            {
                continue;
            }

            var elements = Elements(target, cancellationToken);
            var seen = new HashSet<int>();
            for (int i = 0; i < pair.Value.Values.Length; i++)
            {
                if (pair.Value.Values[i].Value is not int percentage)
                {
                    continue;
                }

                string? problem = percentage is < 1 or > 99 ? $"{what}'s warning threshold {percentage} is not a percentage from 1 to 99."
                    : !seen.Add(percentage) ? $"{what}'s warning threshold {percentage} is given twice; give each threshold once."
                    : null;
                if (problem is not null)
                {
                    var location = i < elements.Count ? elements[i].GetLocation() : target.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? Location.None;
                    report(Diagnostic.Create(DiagnosticDescriptors.MalformedDuration, location, problem));
                }
            }
        }
    }

    /// <summary>The element expressions of the <c>Warnings = …</c> argument, in order; empty when they cannot be told.</summary>
    private static List<SyntaxNode> Elements(AttributeData target, CancellationToken cancellationToken)
    {
        var result = new List<SyntaxNode>();
        if (target.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return result;
        }

        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText != "Warnings")
            {
                continue;
            }

            switch (argument.Expression)
            {
                case ArrayCreationExpressionSyntax { Initializer: { } initializer }:
                    result.AddRange(initializer.Expressions);
                    break;
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    result.AddRange(implicitArray.Initializer.Expressions);
                    break;
                case CollectionExpressionSyntax collection:
                    result.AddRange(collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression));
                    break;
            }
        }

        return result;
    }
}
