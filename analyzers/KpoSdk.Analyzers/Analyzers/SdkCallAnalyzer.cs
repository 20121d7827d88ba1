using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// Constant arguments of the SDK's parsing APIs, checked as the call would check them at run time:
/// <c>Country.Parse</c> and <c>Jurisdiction.Parse</c> (KPO0001), <c>Language.Parse</c> and the
/// language of <c>LanguageRequirement.Parse</c> (KPO0003), <c>WeeklyHours.Parse</c> and the hours of
/// <c>HoursOverride.Open</c> (KPO0005), and the zone IDs and weekly hours given to
/// <c>BusinessCalendar.Create</c> and <c>BusinessCalendar.ForCountry</c> (KPO0002, KPO0005; KPO2001
/// when <c>ForCountry</c> is given a zone of another country). Only compile-time constants are
/// checked; a value computed at run time is the runtime's to check.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SdkCallAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    ImmutableArray.Create(
        DiagnosticDescriptors.UnknownJurisdiction, DiagnosticDescriptors.UnknownTimeZone, DiagnosticDescriptors.UnknownLanguage,
        DiagnosticDescriptors.MalformedWeeklyHours, DiagnosticDescriptors.CoverageZoneOutsideClientCountry);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is { } sdk)
            {
                start.RegisterOperationAction(operation => Analyze(operation, sdk), OperationKind.Invocation);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, SdkSymbols sdk)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, sdk.KpoSdkAssembly))
        {
            return;
        }

        Report report = context.ReportDiagnostic;
        var type = method.ContainingType;
        if (method.Name == "Parse" && invocation.Arguments.Length == 1 && Site(invocation.Arguments[0]) is { } text)
        {
            if (SdkSymbols.Is(type, sdk.Country))
            {
                InputChecks.Country(text, report, invocation.Syntax.GetLocation());
            }
            else if (SdkSymbols.Is(type, sdk.Jurisdiction))
            {
                InputChecks.Jurisdiction(text, report);
            }
            else if (SdkSymbols.Is(type, sdk.Language))
            {
                InputChecks.Language(text, report);
            }
            else if (SdkSymbols.Is(type, sdk.WeeklyHours))
            {
                InputChecks.WeeklyHours(text, report);
            }
            else if (SdkSymbols.Is(type, sdk.LanguageRequirement))
            {
                InputChecks.LanguageOfRequirement(text, report);
            }

            return;
        }

        if (SdkSymbols.Is(type, sdk.HoursOverride) && method.Name == "Open"
            && ConstantOperations.Argument(invocation, "hours") is { } dayHoursArgument
            && dayHoursArgument.Value.Type?.SpecialType == SpecialType.System_String
            && Site(dayHoursArgument) is { } dayHours)
        {
            InputChecks.DayHours(dayHours, report);
            return;
        }

        if (SdkSymbols.Is(type, sdk.BusinessCalendar) && method.Name is "Create" or "ForCountry")
        {
            bool zoneKnown = false;
            ValueSite? zone = ConstantOperations.Argument(invocation, "zoneId") is { } zoneArgument ? Site(zoneArgument) : null;
            if (zone is { } z)
            {
                zoneKnown = InputChecks.Zone(z, report);
            }

            if (ConstantOperations.Argument(invocation, "weeklyHours") is { } hoursArgument && Site(hoursArgument) is { } hours)
            {
                InputChecks.WeeklyHours(hours, report);
            }

            if (zoneKnown && method.Name == "ForCountry"
                && ConstantOperations.Argument(invocation, "country") is { } countryArgument
                && ConstantOperations.Jurisdiction(countryArgument.Value, sdk) is { } country)
            {
                ConsistencyChecks.Zone(zone!.Value, country.CountryOnly, report);
            }
        }
    }

    /// <summary>The constant string passed as <paramref name="argument"/> (a string or a span made from one), or null.</summary>
    private static ValueSite? Site(IArgumentOperation argument)
    {
        var value = ConstantOperations.Unwrap(argument.Value);
        return ConstantOperations.String(value) is { } text
            ? new ValueSite(text, value.Syntax, argument.Value.Syntax.GetLocation())
            : null;
    }
}
