using System.Globalization;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Knowledge.Credentials;
using KpoSdk.Knowledge.Services;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO9006: an enum argument of a contract attribute that names no member the SDK knows, such as
/// <c>(ServiceLine)999</c>. The tests of definedness are the ones the generator applies, so the
/// analyzer reports exactly the values for which the generator emits nothing.
/// </summary>
internal static class UndefinedEnumValues
{
    // SlaClockBasis lives in the runtime, which the analyzers do not reference: CalendarTime and BusinessHours.
    private const int FirstClock = 0;
    private const int LastClock = 1;

    private const int MaxExamples = 3;
    private const int MaxListed = 6;

    public static void Service(AttributeData contract, string typeName, CancellationToken ct, Report report)
    {
        if (AttributeArgument.TryPositional(contract, 0, ct, out var argument) && argument.Value is int value && !ServiceLines.IsDefined((ServiceLine)value))
        {
            Report(argument, value, contract.ConstructorArguments[0].Type, "the service", typeName, static v => ServiceLines.IsDefined((ServiceLine)v), report);
        }
    }

    public static void Clock(AttributeData target, string what, string typeName, CancellationToken ct, Report report)
    {
        if (AttributeArgument.TryNamed(target, "Clock", ct, out var argument) && argument.Value is int value && value is < FirstClock or > LastClock)
        {
            var type = target.NamedArguments.FirstOrDefault(p => p.Key == "Clock").Value.Type;
            Report(argument, value, type, what + "'s clock", typeName, static v => v is >= FirstClock and <= LastClock, report);
        }
    }

    public static void Credential(AttributeData credential, string typeName, CancellationToken ct, Report report)
    {
        if (AttributeArgument.TryPositional(credential, 0, ct, out var argument) && argument.Value is int value && !Credentials.IsDefined((CredentialKind)value))
        {
            Report(argument, value, credential.ConstructorArguments[0].Type, "the required credential", typeName, static v => Credentials.IsDefined((CredentialKind)v), report);
        }
    }

    public static void LanguageLevel(AttributeData language, string typeName, CancellationToken ct, Report report)
    {
        if (AttributeArgument.TryPositional(language, 1, ct, out var argument) && argument.Value is int value && !IsLevel(value))
        {
            Report(argument, value, language.ConstructorArguments[1].Type, "the required language level", typeName, IsLevel, report);
        }
    }

    private static bool IsLevel(int value) => value is >= (int)CefrLevel.A1 and <= (int)CefrLevel.C2;

    private static void Report(AttributeArgument argument, int value, ITypeSymbol? enumType, string what, string typeName, Func<int, bool> isDefined, Report report)
    {
        string enumName = enumType?.Name ?? "enum";
        string written = argument.Expression?.ToString() ?? value.ToString(CultureInfo.InvariantCulture);
        var members = Members(enumType, isDefined);
        string expected = members.Count == 0 ? "a named member"
            : members.Count <= MaxListed ? "one of " + Join(members)
            : "a named member such as " + Join(members.GetRange(0, MaxExamples));
        report(Diagnostic.Create(DiagnosticDescriptors.UndefinedContractValue, argument.WholeLocation, written, enumName, what, typeName, expected));
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
