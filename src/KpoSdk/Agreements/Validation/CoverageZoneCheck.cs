using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Agreements.Validation;

/// <summary>KPO2001: a coverage window whose zone is not one of the client country's zone.tab zones.</summary>
internal static class CoverageZoneCheck
{
    public static void Check(CoverageWindow window, Jurisdiction client, string path, ViolationList violations)
    {
        int country = TimeZoneIds.CountryOf(window.Zone.Id);
        if (country == client.Country.Row)
        {
            return;
        }

        string where = country < 0 ? "no country" : JurisdictionText.Describe(new JurisdictionId(country));
        violations.Add(path, DiagnosticIds.CoverageZoneOutsideClientCountry,
            $"The coverage zone '{window.Zone.Id}' is in {where}, not in the client's country {JurisdictionText.Describe(new JurisdictionId(client.Country.Row))}; coverage would be measured in another country's time.");
    }
}
