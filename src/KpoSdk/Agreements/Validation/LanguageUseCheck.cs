namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO3006: a language required for a client that is not official (nationwide or regionally, per
/// CLDR) in the client's country: the agreement's own requirements, and the catalog designations
/// that apply to the service (reported once, at their place in the catalog).
/// </summary>
internal static class LanguageUseCheck
{
    public static void Check(ServiceAgreement agreement, AgreedService service, string path, ViolationList violations, HashSet<string> reportedDesignations)
    {
        var country = agreement.Client.Jurisdiction.Country;
        for (int k = 0; k < service.RequiredLanguages.Length; k++)
        {
            Report(country, service.RequiredLanguages[k], $"{path}.requiredLanguages[{k}]", violations);
        }

        var offerings = agreement.Provider.Catalog.Offerings;
        for (int o = 0; o < offerings.Length; o++)
        {
            var offering = offerings[o];
            if (offering.Service != service.Service || !offering.IsFor(agreement.Client.Jurisdiction))
            {
                continue;
            }

            for (int d = 0; d < offering.Languages.Length; d++)
            {
                var designation = offering.Languages[d];
                if (designation.Country != country)
                {
                    continue;
                }

                for (int k = 0; k < designation.Languages.Length; k++)
                {
                    string at = $"provider.catalog.offerings[{o}].languages[{d}].languages[{k}]";
                    if (reportedDesignations.Add(at))
                    {
                        Report(country, designation.Languages[k], at, violations);
                    }
                }
            }
        }
    }

    private static void Report(Country country, LanguageRequirement requirement, string path, ViolationList violations)
    {
        if (Knowledge.Checks.LanguageUseCheck.Find(new Knowledge.Codes.JurisdictionId(country.Row), requirement.Language.Row) is { } message)
        {
            violations.Add(path, DiagnosticIds.LanguageNotUsedInClientCountry, message);
        }
    }
}
