using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Contracts;
using KpoSdk.Knowledge.Credentials;
using KpoSdk.Knowledge.Services;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Sla;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Reading;

internal static partial class ContractReader
{
    /// <summary>The state of one read: the declaration being filled, and where diagnostics go.</summary>
    private sealed partial class Context(ContractDeclaration declaration, Report? report, CancellationToken cancellationToken)
    {
        public void ReadContract(AttributeData attribute)
        {
            if (Enum(attribute, 0, "the service", static v => ServiceLines.IsDefined((ServiceLine)v)) is int service)
            {
                declaration.Service = (ServiceLine)service;
            }

            if (RequireString(attribute, ContractAttributeNames.Client, DiagnosticDescriptors.UnknownJurisdiction, "The contract's Client jurisdiction") is { } client)
            {
                declaration.Client = InputChecks.Jurisdiction(Site(attribute, ContractAttributeNames.Client, client), report);
                declaration.HasErrors |= declaration.Client is null;
            }

            if (RequireString(attribute, ContractAttributeNames.DeliveredFrom, DiagnosticDescriptors.UnknownJurisdiction, "The contract's DeliveredFrom list of jurisdictions") is { } deliveredFrom)
            {
                if (InputChecks.JurisdictionList(Site(attribute, ContractAttributeNames.DeliveredFrom, deliveredFrom), report) is { } list)
                {
                    var spans = new SpannedJurisdiction[list.Length];
                    for (int i = 0; i < list.Length; i++)
                    {
                        spans[i] = new SpannedJurisdiction(list[i].Id, list[i].Start, list[i].Length);
                    }

                    declaration.Deliveries = System.Collections.Immutable.ImmutableArray.Create(spans);
                }
                else
                {
                    declaration.HasErrors = true;
                }
            }
        }

        public void ReadCoverage(AttributeData attribute)
        {
            if (declaration.Coverage is not null)
            {
                declaration.HasErrors = true;
                return;
            }

            string? zoneId = null;
            string? zone = RequireString(attribute, 0, DiagnosticDescriptors.UnknownTimeZone, "The coverage window's time-zone ID");
            if (zone is not null)
            {
                zoneId = InputChecks.Zone(Site(attribute, 0, zone), report) ? TimeZoneIds.Canonical(zone) : null;
                declaration.HasErrors |= zoneId is null;
            }

            Knowledge.Text.WeeklyHoursModel? hours = null;
            if (RequireString(attribute, 1, DiagnosticDescriptors.MalformedWeeklyHours, "The coverage window's weekly hours") is { } text)
            {
                hours = InputChecks.WeeklyHours(Site(attribute, 1, text), report);
                declaration.HasErrors |= hours is null;
            }

            JurisdictionId? holidays = null;
            switch (AttributeValues.Named(attribute, ContractAttributeNames.Holidays, out object? value))
            {
                case ArgumentState.Value when value is string code:
                    holidays = InputChecks.HolidayJurisdiction(Site(attribute, ContractAttributeNames.Holidays, code), report);
                    declaration.HasErrors |= holidays is null;
                    break;
                case ArgumentState.NotSet or ArgumentState.Null:
                    break;
                default:
                    declaration.HasErrors = true;
                    break;
            }

            declaration.Coverage = new CoverageDeclaration(attribute, zoneId, zone, hours, holidays);
        }

        public TargetDeclaration? ReadTarget(AttributeData attribute, string what, string whatInSentence)
        {
            var clock = SlaClockBasis.BusinessHours;
            switch (AttributeValues.Named(attribute, ContractAttributeNames.Clock, out object? clockValue))
            {
                case ArgumentState.Value when clockValue is int value && ContractTargets.IsDefinedClock(value):
                    clock = (SlaClockBasis)value;
                    break;
                case ArgumentState.Value when clockValue is int value:
                    ReportUndefined(attribute, ContractAttributeNames.Clock, value, whatInSentence + "'s clock", ContractTargets.IsDefinedClock);
                    declaration.HasErrors = true;
                    break;
                case ArgumentState.NotSet:
                    break;
                default:
                    declaration.HasErrors = true;
                    break;
            }

            var warnings = ReadWarnings(attribute, what);
            if (RequireString(attribute, 0, DiagnosticDescriptors.MalformedDuration, what) is not { } amount
                || InputChecks.Target(Site(attribute, 0, amount), clock, report) is not { } target)
            {
                declaration.HasErrors = true;
                return null;
            }

            return warnings is null ? null : new TargetDeclaration(attribute, target, warnings);
        }

        public void ReadCredential(AttributeData attribute)
        {
            var kind = Enum(attribute, 0, "the required credential", static v => Credentials.IsDefined((CredentialKind)v));
            JurisdictionId? grantedIn = null;
            switch (AttributeValues.Named(attribute, ContractAttributeNames.GrantedIn, out object? value))
            {
                case ArgumentState.Value when value is string text:
                    grantedIn = InputChecks.Jurisdiction(Site(attribute, ContractAttributeNames.GrantedIn, text), report);
                    if (grantedIn is null)
                    {
                        declaration.HasErrors = true;
                        return;
                    }

                    break;
                case ArgumentState.NotSet or ArgumentState.Null:
                    break;
                default:
                    declaration.HasErrors = true;
                    return;
            }

            if (kind is int k)
            {
                declaration.Credentials.Add(new CredentialDeclaration(attribute, (CredentialKind)k, grantedIn));
            }
        }

        public void ReadLanguage(AttributeData attribute)
        {
            var level = Enum(attribute, 1, "the required language level", static v => v is >= (int)CefrLevel.A1 and <= (int)CefrLevel.C2);
            if (RequireString(attribute, 0, DiagnosticDescriptors.UnknownLanguage, "The required language code") is not { } code)
            {
                return;
            }

            if (InputChecks.Language(Site(attribute, 0, code), report) is int row)
            {
                declaration.Languages.Add(new LanguageDeclaration(attribute, row, code, level is int l ? (CefrLevel)l : null));
            }
            else
            {
                declaration.HasErrors = true;
            }
        }

        public void ReadSafeguards(AttributeData attribute)
        {
            if (attribute.AttributeConstructor is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind != TypedConstantKind.Array)
            {
                declaration.HasErrors = true;
                return;
            }

            var values = attribute.ConstructorArguments[0].IsNull ? System.Collections.Immutable.ImmutableArray<TypedConstant>.Empty : attribute.ConstructorArguments[0].Values;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i].Kind is TypedConstantKind.Error || values[i].Value is not int value)
                {
                    declaration.HasErrors = true;
                }
                else if (!System.Enum.IsDefined(typeof(Safeguard), value))
                {
                    declaration.HasErrors = true;
                    ReportUndefinedElement(attribute, i, value, "a declared safeguard", values[i].Type);
                }
                else if (!declaration.Safeguards.Contains((Safeguard)value))
                {
                    declaration.Safeguards.Add((Safeguard)value);
                }
            }
        }

        public void ReportOnAttribute(AttributeData attribute, DiagnosticDescriptor descriptor, params object[] arguments)
        {
            if (report is not null && attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is { } syntax)
            {
                report(Diagnostic.Create(descriptor, syntax.GetLocation(), arguments));
            }
        }
    }
}
