using System.Globalization;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Roslyn.Reading;

internal static partial class ContractReader
{
    private sealed partial class Context
    {
        private const int MaxExamples = 3;
        private const int MaxListed = 6;

        /// <summary>The string of a required argument (<see cref="RequiredValues"/>); null, and the declaration in error, otherwise.</summary>
        private string? RequireString(AttributeData attribute, object argument, DiagnosticDescriptor descriptor, string what)
        {
            string? text = RequiredValues.Text(attribute, argument, descriptor, what, report, cancellationToken);
            declaration.HasErrors |= text is null;
            return text;
        }

        /// <summary>The value of an enum argument when it names a member (<paramref name="isDefined"/>); null otherwise, after KPO9006 for an undefined value.</summary>
        private int? Enum(AttributeData attribute, int index, string what, Func<int, bool> isDefined)
        {
            var state = AttributeValues.Positional(attribute, index, out object? value);
            if (state == ArgumentState.Value && value is int number)
            {
                if (isDefined(number))
                {
                    return number;
                }

                ReportUndefined(attribute, index, number, what, isDefined);
            }

            declaration.HasErrors = true;
            return null;
        }

        /// <summary>KPO9006: an enum argument such as <c>(ServiceLine)999</c> that names no member the SDK knows.</summary>
        private void ReportUndefined(AttributeData attribute, object argument, int value, string what, Func<int, bool> isDefined)
        {
            if (report is null || Argument(attribute, argument) is not { } syntax)
            {
                return;
            }

            var enumType = argument is int index
                ? attribute.ConstructorArguments[index].Type
                : attribute.NamedArguments.FirstOrDefault(p => p.Key == (string)argument).Value.Type;
            ReportUndefined(syntax.WholeLocation, syntax.Expression?.ToString(), enumType, value, what, isDefined);
        }

        /// <summary>KPO9006 for element <paramref name="element"/> of a <c>params</c> enum array, such as a <c>(Safeguard)99</c> in <c>[Safeguards(…)]</c>.</summary>
        private void ReportUndefinedElement(AttributeData attribute, int element, int value, string what, ITypeSymbol? enumType)
        {
            if (report is null || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            {
                return;
            }

            var expressions = ElementExpressions(syntax.ArgumentList?.Arguments.Where(a => a.NameEquals is null).ToList() ?? []);
            var at = element < expressions.Count ? expressions[element] : null;
            ReportUndefined(at?.GetLocation() ?? syntax.GetLocation(), at?.ToString(), enumType, value, what, v => System.Enum.IsDefined(typeof(Safeguard), v));
        }

        private void ReportUndefined(Location location, string? written, ITypeSymbol? enumType, int value, string what, Func<int, bool> isDefined)
        {
            var members = Members(enumType, isDefined);
            string expected = members.Count == 0 ? "a named member"
                : members.Count <= MaxListed ? "one of " + Join(members)
                : "a named member such as " + Join(members.GetRange(0, MaxExamples));
            report!(Diagnostic.Create(DiagnosticDescriptors.UndefinedContractValue, location, written ?? value.ToString(CultureInfo.InvariantCulture), enumType?.Name ?? "enum", what, declaration.Type.Name, expected));
        }

        /// <summary>The element expressions of an array argument written as <c>params</c> arguments, <c>new[] { … }</c> or <c>[…]</c>.</summary>
        private static List<SyntaxNode> ElementExpressions(IReadOnlyList<AttributeArgumentSyntax> arguments) =>
            arguments.Count == 1 && arguments[0].Expression is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax
                ? ArrayElements(arguments[0].Expression)
                : [.. arguments.Select(a => (SyntaxNode)a.Expression)];

        private static List<SyntaxNode> ArrayElements(ExpressionSyntax expression) => expression switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.ToList<SyntaxNode>(),
            ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions.ToList<SyntaxNode>(),
            CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => (SyntaxNode)e.Expression).ToList(),
            _ => [],
        };

        /// <summary>The warning thresholds, ascending; null after KPO0004 for one out of range or repeated.</summary>
        private int[]? ReadWarnings(AttributeData attribute, string what)
        {
            var elements = AttributeValues.NamedArray(attribute, ContractAttributeNames.Warnings, out bool isError);
            if (isError)
            {
                declaration.HasErrors = true;
                return null;
            }

            if (elements is null)
            {
                return [];
            }

            var seen = new List<int>();
            bool valid = true;
            for (int i = 0; i < elements.Length; i++)
            {
                if (elements[i].Value is not int percentage)
                {
                    valid = false;
                    continue;
                }

                if (ContractTargets.WarningProblem(percentage, seen, what) is { } problem)
                {
                    valid = false;
                    if (report is not null)
                    {
                        report(Diagnostic.Create(DiagnosticDescriptors.MalformedDuration, WarningLocation(attribute, i), problem));
                    }
                }

                seen.Add(percentage);
            }

            declaration.HasErrors |= !valid;
            seen.Sort();
            return valid ? [.. seen] : null;
        }

        /// <summary>Where a string argument's value is written: with syntax when reporting, without it when only reading.</summary>
        private ValueSite Site(AttributeData attribute, object argument, string value) =>
            report is not null && Argument(attribute, argument) is { } syntax ? ValueSite.Of(syntax) : new ValueSite(value, null, Location.None);

        private AttributeArgument? Argument(AttributeData attribute, object argument) => RequiredValues.Syntax(attribute, argument, cancellationToken);

        private Location WarningLocation(AttributeData attribute, int element)
        {
            if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
            {
                return Location.None;
            }

            foreach (var argument in syntax.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText != ContractAttributeNames.Warnings)
                {
                    continue;
                }

                var expressions = ArrayElements(argument.Expression);
                return element < expressions.Count ? expressions[element].GetLocation() : syntax.GetLocation();
            }

            return syntax.GetLocation();
        }

        /// <summary>The enum's members whose values pass <paramref name="isDefined"/>, in declaration order, as <c>Type.Member</c>.</summary>
        private static List<string> Members(ITypeSymbol? enumType, Func<int, bool> isDefined)
        {
            var members = new List<string>();
            if (enumType is not INamedTypeSymbol { TypeKind: TypeKind.Enum } type)
            {
                return members;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && isDefined(value))
                {
                    members.Add(type.Name + "." + field.Name);
                }
            }

            return members;
        }

        private static string Join(List<string> items) =>
            items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[items.Count - 1];
    }
}
