using KpoSdk.Analyzers.Symbols;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace KpoSdk.Analyzers.Reading;

/// <summary>
/// Values of SDK arguments known at compile time, read from IOperation: a jurisdiction written as
/// <c>Country.IN</c>, <c>Country.Parse("IN")</c>, <c>Jurisdiction.Parse("US-NY")</c>,
/// <c>new Jurisdiction(Country.IN)</c>, and a date
/// written as <c>new LocalDate(2025, 7, 1)</c>.
/// </summary>
internal static class ConstantOperations
{
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } or IConversionOperation { OperatorMethod: not null } or IParenthesizedOperation)
        {
            operation = operation switch
            {
                IConversionOperation conversion => conversion.Operand,
                IParenthesizedOperation parenthesized => parenthesized.Operand,
                _ => operation,
            };
        }

        return operation;
    }

    /// <summary>The jurisdiction <paramref name="operation"/> names, or null when it is not a compile-time constant (or is invalid).</summary>
    public static JurisdictionId? Jurisdiction(IOperation operation, SdkSymbols sdk)
    {
        operation = Unwrap(operation);
        switch (operation)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true } property }
                when SdkSymbols.Is(property.ContainingType, sdk.Country) && property.Name.Length == 2:
                return Countries.TryFind(property.Name, out int row) ? new JurisdictionId(row) : null;
            case IInvocationOperation { TargetMethod: { IsStatic: true } method, Arguments.Length: 1 } invocation:
                object? constant = invocation.Arguments[0].Value.ConstantValue is { HasValue: true } c ? c.Value : null;
                if (method.Name == "Parse" && constant is string text)
                {
                    if (SdkSymbols.Is(method.ContainingType, sdk.Country))
                    {
                        return Countries.TryFind(text, out int country) ? new JurisdictionId(country) : null;
                    }

                    if (SdkSymbols.Is(method.ContainingType, sdk.Jurisdiction))
                    {
                        return Jurisdictions.TryParse(text, out var id) ? id : null;
                    }
                }

                if (method.Name == "FromNumeric" && constant is int numeric && SdkSymbols.Is(method.ContainingType, sdk.Country))
                {
                    int found = Countries.FindByNumeric(numeric);
                    return found >= 0 ? new JurisdictionId(found) : null;
                }

                return null;
            case IObjectCreationOperation { Constructor: { } constructor, Arguments.Length: 1 } creation
                when SdkSymbols.Is(constructor.ContainingType, sdk.Jurisdiction):
                return Jurisdiction(creation.Arguments[0].Value, sdk);
            default:
                return null;
        }
    }

    /// <summary>The date of <c>new LocalDate(y, m, d)</c> with constant arguments, or null.</summary>
    public static CalendarDate? Date(IOperation operation, SdkSymbols sdk)
    {
        if (Unwrap(operation) is IObjectCreationOperation { Constructor: { } constructor, Arguments.Length: 3 } creation
            && SdkSymbols.Is(constructor.ContainingType, sdk.LocalDate)
            && Int(creation.Arguments[0]) is int year && Int(creation.Arguments[1]) is int month && Int(creation.Arguments[2]) is int day
            && year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarDate.DaysInMonth(year, month))
        {
            return new CalendarDate(year, month, day);
        }

        return null;
    }

    /// <summary>The constant string of an argument, or null.</summary>
    public static string? String(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary>The argument of <paramref name="invocation"/> bound to the parameter <paramref name="name"/>, or null.</summary>
    public static IArgumentOperation? Argument(IInvocationOperation invocation, string name)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static int? Int(IArgumentOperation argument) =>
        argument.Value.ConstantValue is { HasValue: true, Value: int value } ? value : null;
}
