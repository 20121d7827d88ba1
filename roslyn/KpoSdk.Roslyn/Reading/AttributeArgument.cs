using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Roslyn.Reading;

/// <summary>One argument of an applied attribute: its constant value and the expression that wrote it.</summary>
internal readonly struct AttributeArgument
{
    public AttributeArgument(object? value, bool isSet, SyntaxNode? expression, SyntaxNode attribute)
    {
        Value = value;
        IsSet = isSet;
        Expression = expression;
        Attribute = attribute;
    }

    /// <summary>The constant; null when unset, null in source, or not a valid constant.</summary>
    public object? Value { get; }

    /// <summary>Whether the argument is given (a named argument may be left out).</summary>
    public bool IsSet { get; }

    /// <summary>The argument's expression, when it could be found.</summary>
    public SyntaxNode? Expression { get; }

    /// <summary>The attribute syntax, for diagnostics about a missing argument.</summary>
    public SyntaxNode Attribute { get; }

    public string? Text => Value as string;

    /// <summary>Where the characters <paramref name="start"/>..+<paramref name="length"/> of the string value are written; the whole argument (or attribute) when that cannot be told.</summary>
    public Location Locate(int start, int length) =>
        Expression is not null && Text is { } text ? LiteralSpans.Locate(Expression, text, start, length) : WholeLocation;

    public Location WholeLocation => (Expression ?? Attribute).GetLocation();

    /// <summary>The positional argument <paramref name="index"/> of <paramref name="attribute"/>; false when the attribute did not bind or has no syntax.</summary>
    public static bool TryPositional(AttributeData attribute, int index, CancellationToken cancellationToken, out AttributeArgument argument)
    {
        argument = default;
        if (attribute.AttributeConstructor is not { } constructor
            || index >= attribute.ConstructorArguments.Length
            || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return false;
        }

        var constant = attribute.ConstructorArguments[index];
        object? value = constant.Kind is TypedConstantKind.Error or TypedConstantKind.Array ? null : constant.Value;
        argument = new AttributeArgument(value, isSet: true, FindPositional(syntax, constructor, index), syntax);
        return true;
    }

    /// <summary>The named argument <paramref name="name"/> (<c>Client = "US"</c>); <see cref="IsSet"/> is false when it is not given.</summary>
    public static bool TryNamed(AttributeData attribute, string name, CancellationToken cancellationToken, out AttributeArgument argument)
    {
        argument = default;
        if (attribute.AttributeConstructor is null || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return false;
        }

        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                object? value = pair.Value.Kind is TypedConstantKind.Error or TypedConstantKind.Array ? null : pair.Value.Value;
                argument = new AttributeArgument(value, isSet: true, FindNamed(syntax, name), syntax);
                return true;
            }
        }

        argument = new AttributeArgument(null, isSet: false, null, syntax);
        return true;
    }

    private static SyntaxNode? FindPositional(AttributeSyntax syntax, IMethodSymbol constructor, int index)
    {
        if (syntax.ArgumentList is not { } list)
        {
            return null;
        }

        string parameter = constructor.Parameters[index].Name;
        int position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameColon is { } colon)
            {
                if (colon.Name.Identifier.ValueText == parameter)
                {
                    return argument.Expression;
                }
            }
            else if (argument.NameEquals is null)
            {
                if (position == index)
                {
                    return argument.Expression;
                }

                position++;
            }
        }

        return null;
    }

    private static SyntaxNode? FindNamed(AttributeSyntax syntax, string name)
    {
        foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument.Expression;
            }
        }

        return null;
    }
}
