using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>A constant string the analyzers check, and where it is written: an attribute argument or an argument of an SDK call.</summary>
internal readonly struct ValueSite
{
    public ValueSite(string value, SyntaxNode? expression, Location whole)
    {
        Value = value;
        Expression = expression;
        Whole = whole;
    }

    public string Value { get; }

    /// <summary>The expression that wrote the value; null when unknown.</summary>
    public SyntaxNode? Expression { get; }

    /// <summary>Where to report when no finer span can be given.</summary>
    public Location Whole { get; }

    public static ValueSite Of(AttributeArgument argument) => new(argument.Text ?? "", argument.Expression, argument.WholeLocation);

    /// <summary>The source location of characters <paramref name="start"/>..+<paramref name="length"/> of the value.</summary>
    public Location Locate(int start, int length) =>
        Expression is null ? Whole : LiteralSpans.Locate(Expression, Value, start, length);

    /// <summary>Whether <paramref name="location"/> lies inside the literal's quotes, so that text there can be replaced as is by a code fix.</summary>
    public bool IsInsideLiteral(Location location) =>
        Expression is not null && location.SourceTree == Expression.SyntaxTree && LiteralSpans.IsInsideLiteral(Expression, location.SourceSpan);
}
