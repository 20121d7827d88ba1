using KpoSdk.Analyzers.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// Attribute arguments that are required but not given, or given as <c>null</c>: the generator
/// emits nothing for such a contract, so the analyzer says which value is missing.
/// </summary>
internal static class MissingValues
{
    /// <summary>
    /// The string to check, or null after reporting it as missing. An argument that did not bind
    /// (a compiler error is already reported there) yields null without a report.
    /// </summary>
    public static string? Require(AttributeArgument argument, DiagnosticDescriptor descriptor, string what, Report report)
    {
        if (argument.Text is { } text)
        {
            return text;
        }

        if (!argument.IsSet)
        {
            report(Diagnostic.Create(descriptor, argument.Attribute.GetLocation(), $"{what} is not set; it is required."));
        }
        else if (argument.Expression is not null && argument.Expression.IsKind(SyntaxKind.NullLiteralExpression))
        {
            report(Diagnostic.Create(descriptor, argument.Expression.GetLocation(), $"{what} is null; it is required."));
        }

        return null;
    }
}
