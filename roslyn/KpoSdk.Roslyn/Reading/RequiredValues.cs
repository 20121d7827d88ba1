using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

/// <summary>
/// String arguments an attribute requires (a contract's <c>Client</c>, an offering's <c>Clients</c>):
/// one rule for every reader, so that a value not given or given as null is reported the same way
/// wherever it is missing, and one that did not bind is left to the compiler's error.
/// </summary>
internal static class RequiredValues
{
    /// <summary>
    /// The string of <paramref name="argument"/> (a positional index or a property name), or null:
    /// after a report when it is not set or set to null, silently when it did not bind.
    /// </summary>
    public static string? Text(AttributeData attribute, object argument, DiagnosticDescriptor descriptor, string what, Report? report, CancellationToken cancellationToken)
    {
        var state = argument is int index
            ? AttributeValues.Positional(attribute, index, out object? value)
            : AttributeValues.Named(attribute, (string)argument, out value);
        if (state == ArgumentState.Value && value is string text)
        {
            return text;
        }

        if (report is not null && state is ArgumentState.NotSet or ArgumentState.Null && Syntax(attribute, argument, cancellationToken) is { } syntax)
        {
            report(state == ArgumentState.NotSet
                ? Diagnostic.Create(descriptor, syntax.Attribute.GetLocation(), $"{what} is not set; it is required.")
                : Diagnostic.Create(descriptor, syntax.WholeLocation, $"{what} is null; it is required."));
        }

        return null;
    }

    /// <summary>The argument with its syntax, or null when the attribute has no syntax here.</summary>
    public static AttributeArgument? Syntax(AttributeData attribute, object argument, CancellationToken cancellationToken)
    {
        bool found = argument is int index
            ? AttributeArgument.TryPositional(attribute, index, cancellationToken, out var syntax)
            : AttributeArgument.TryNamed(attribute, (string)argument, cancellationToken, out syntax);
        return found ? syntax : null;
    }
}
