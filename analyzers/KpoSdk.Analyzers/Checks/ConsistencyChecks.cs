using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Credentials;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Knowledge.Services;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Checks;

/// <summary>KPO2001, KPO3001 and KPO3006: a contract's zone, credentials and languages against its client, as run-time validation checks them.</summary>
internal static class ConsistencyChecks
{
    /// <summary>KPO2001 when the known zone <paramref name="zoneId"/> is not listed for the client's country in zone.tab.</summary>
    public static void Zone(ValueSite site, string zoneId, int clientCountry, Report report)
    {
        if (!TimeZoneIds.IsKnown(zoneId))
        {
            return;
        }

        int country = TimeZoneIds.CountryOf(zoneId);
        if (country == clientCountry)
        {
            return;
        }

        string where = country < 0 ? "no country" : JurisdictionText.Describe(new JurisdictionId(country));
        var suggestions = Enumerable.Range(0, TimeZoneIds.ZoneCount(clientCountry)).Select(i => TimeZoneIds.Zone(clientCountry, i)).Take(3);
        var location = site.Locate(0, zoneId.Length);
        var properties = site.IsInsideLiteral(location) ? FixProperties.WithReplacements(suggestions) : FixProperties.Empty;
        report(Diagnostic.Create(DiagnosticDescriptors.CoverageZoneOutsideClientCountry, location, properties, InputText.Quote(zoneId), where, JurisdictionText.Describe(new JurisdictionId(clientCountry))));
    }

    /// <summary>KPO3006 when the known language is not among the client country's official (nationwide, de facto or regional) languages.</summary>
    public static void Language(ValueSite site, string code, int clientCountry, Report report)
    {
        if (!Languages.TryFind(code, out int row))
        {
            return;
        }

        int count = Countries.LanguageCount(clientCountry);
        var official = new List<string>();
        for (int i = 0; i < count; i++)
        {
            int language = Countries.Language(clientCountry, i);
            if (language == row)
            {
                return;
            }

            if (Countries.LanguageStatusAt(clientCountry, i) != LanguageStatus.OfficialRegional)
            {
                official.Add($"{Languages.Name(language)} ({Languages.Code(language)})");
            }
        }

        report(Diagnostic.Create(
            DiagnosticDescriptors.LanguageNotUsedInClientCountry,
            site.Locate(0, code.Length),
            $"{Languages.Name(row)} ({Languages.Code(row)})",
            JurisdictionText.Describe(new JurisdictionId(clientCountry)),
            official.Count == 0 ? "none recorded" : string.Join(", ", official)));
    }

    /// <summary>KPO3001 when no holder of the required credential is licensed or recognised for the contract's service in its client jurisdiction on <paramref name="date"/>.</summary>
    public static void Credential(AttributeData attribute, ContractCase contract, CalendarDate date, CancellationToken ct, Report report)
    {
        if (!AttributeArgument.TryPositional(attribute, 0, ct, out var kindArgument)
            || kindArgument.Value is not int kindValue
            || !Credentials.IsDefined((CredentialKind)kindValue)
            || !AttributeArgument.TryNamed(attribute, "GrantedIn", ct, out var grantedIn))
        {
            return;
        }

        var kind = (CredentialKind)kindValue;
        var info = Credentials.Info(kind);
        string service = ServiceLines.Info(contract.Service).Title;
        string client = JurisdictionText.Describe(contract.Client);
        if (grantedIn.Text is { } grantedText)
        {
            if (!Jurisdictions.TryParse(grantedText, out var granting))
            {
                return;
            }

            string? problem;
            try
            {
                problem = Counts(Credentials.Qualification(kind, granting, contract.Service, contract.Client, date))
                    ? null
                    : $"A {info.Title} granted in {JurisdictionText.Describe(granting)} is neither a licence nor a recognised qualification for {service} for a client in {client} on {date}, so no holder of it meets this requirement.";
            }
            catch (ArgumentException e)
            {
                problem = Knowledge.Rules.Overlay.RuleOverlayReader.WithoutParameter(e.Message);
            }

            if (problem is not null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.CredentialNotRecognized, grantedIn.Locate(0, grantedText.Length), problem));
            }

            return;
        }

        foreach (string code in info.GrantedBy)
        {
            var granting = code == "*" ? contract.Client : Jurisdictions.TryParse(code, out var id) ? id : (JurisdictionId?)null;
            if (granting is { } g && Counts(Credentials.Qualification(kind, g, contract.Service, contract.Client, date)))
            {
                return;
            }
        }

        report(Diagnostic.Create(
            DiagnosticDescriptors.CredentialNotRecognized,
            kindArgument.WholeLocation,
            $"A {info.Title} ({kind}), granted in {string.Join(", ", info.GrantedBy)}, is neither a licence nor a recognised qualification for {service} for a client in {client} on {date}, so no holder of it meets this requirement."));
    }

    private static bool Counts(QualificationBasis? basis) => basis is QualificationBasis.License or QualificationBasis.Recognition;
}
