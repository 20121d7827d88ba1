using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Checks;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Roslyn.Reading;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO2001, KPO3001 and KPO3006 on a contract's parts: the knowledge base's checks (the ones
/// run-time validation calls), reported at the value that fails them.
/// </summary>
internal static class ConsistencyChecks
{
    /// <summary>KPO2001 when the known zone written at <paramref name="site"/> is not a zone of <paramref name="client"/>; the fix offers the client's zones (the subdivision's where known), certain only when there is one.</summary>
    public static void Zone(ValueSite site, JurisdictionId client, Report report)
    {
        if (CoverageZoneCheck.Find(client, site.Value) is not { } message)
        {
            return;
        }

        var location = site.Locate(0, site.Value.Length);
        var zones = CoverageZoneCheck.Suggestions(client, out bool certain);
        var properties = site.IsInsideLiteral(location) ? FixProperties.WithReplacements(zones, certain) : FixProperties.Empty;
        report(Diagnostic.Create(DiagnosticDescriptors.CoverageZoneOutsideClientCountry, location, properties, message));
    }

    /// <summary>KPO3006 when a required language is not used in the client's country.</summary>
    public static void Language(LanguageDeclaration language, JurisdictionId client, CancellationToken cancellationToken, Report report)
    {
        if (LanguageUseCheck.Find(client, language.Row) is { } message
            && AttributeArgument.TryPositional(language.Attribute, 0, cancellationToken, out var code))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.LanguageNotUsedInClientCountry, code.Locate(0, language.Code.Length), message));
        }
    }

    /// <summary>KPO3001 when no holder of a required credential could meet the requirement for the contract's service and client on <paramref name="date"/>.</summary>
    public static void Credential(CredentialDeclaration credential, ServiceLine service, JurisdictionId client, CalendarDate date, CancellationToken cancellationToken, Report report)
    {
        if (CredentialRequirementCheck.Find(credential.Kind, credential.GrantedIn, service, client, date) is not { } message)
        {
            return;
        }

        // The granting jurisdiction is the cause when one is named; otherwise the kind is.
        var location = credential.GrantedIn is not null
            && AttributeArgument.TryNamed(credential.Attribute, Knowledge.Contracts.ContractAttributeNames.GrantedIn, cancellationToken, out var grantedIn) && grantedIn.Text is { } text
                ? grantedIn.Locate(0, text.Length)
                : AttributeArgument.TryPositional(credential.Attribute, 0, cancellationToken, out var kind) ? kind.WholeLocation : Location.None;
        report(Diagnostic.Create(DiagnosticDescriptors.CredentialNotRecognized, location, message));
    }
}
