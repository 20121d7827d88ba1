using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Checks;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// KPO3006 on an agreed service: a language required for the client that is not official
/// (nationwide or regionally, per CLDR) in the client's country — the service's own requirements,
/// and the catalog designations that apply to it (each reported once, at its place in the catalog).
/// </summary>
internal static class LanguageDesignationCheck
{
    public static void Check(AgreementFacts agreement, AgreedServiceFacts service, string path, FindingList findings, HashSet<string> reportedDesignations)
    {
        var country = agreement.Client.CountryOnly;
        for (int k = 0; k < service.RequiredLanguages.Count; k++)
        {
            Report(country, service.RequiredLanguages[k], $"{path}.requiredLanguages[{k}]", findings);
        }

        var offerings = agreement.Provider.Offerings;
        for (int o = 0; o < offerings.Count; o++)
        {
            var offering = offerings[o];
            if (offering.Service != service.Service || !offering.IsFor(agreement.Client))
            {
                continue;
            }

            for (int d = 0; d < offering.Languages.Count; d++)
            {
                var designation = offering.Languages[d];
                if (designation.Country != country.Country)
                {
                    continue;
                }

                for (int k = 0; k < designation.Languages.Count; k++)
                {
                    string at = $"provider.catalog.offerings[{o}].languages[{d}].languages[{k}]";
                    if (reportedDesignations.Add(at))
                    {
                        Report(country, designation.Languages[k], at, findings);
                    }
                }
            }
        }
    }

    private static void Report(JurisdictionId country, int language, string path, FindingList findings)
    {
        if (LanguageUseCheck.Find(country, language) is { } message)
        {
            findings.Add(path, DiagnosticIds.LanguageNotUsedInClientCountry, message);
        }
    }
}
