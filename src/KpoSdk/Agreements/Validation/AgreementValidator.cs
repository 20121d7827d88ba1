using System.Collections.Immutable;
using NodaTime;

namespace KpoSdk.Agreements.Validation;

/// <summary>Runs every check of <see cref="ServiceAgreement.Validate(LocalDate, AgreementValidationOptions)"/> in document order.</summary>
internal static class AgreementValidator
{
    public static ImmutableArray<AgreementViolation> Validate(ServiceAgreement agreement, LocalDate date, AgreementValidationOptions options)
    {
        var violations = new ViolationList();
        var client = agreement.Client.Jurisdiction;
        CoverageZoneCheck.Check(agreement.Client.BusinessHours, client, "client.businessHours.zone", violations);
        var reportedDesignations = new HashSet<string>(StringComparer.Ordinal);
        var coverageCache = new CoverageCache();
        for (int i = 0; i < agreement.Services.Length; i++)
        {
            var service = agreement.Services[i];
            string path = $"services[{i}]";
            var demand = ServiceDemand.For(agreement, i, date);

            if (service.Coverage is { } coverage)
            {
                CoverageZoneCheck.Check(coverage, client, $"{path}.coverage.zone", violations);
            }

            var centers = CatalogCheck.Check(agreement, service, path, violations);
            CountryRuleCheck.Check(agreement, service, centers, path, date, options.Rules, violations);
            LanguageUseCheck.Check(agreement, service, path, violations, reportedDesignations);
            for (int k = 0; k < service.Team.Length; k++)
            {
                violations.AddStaff($"{path}.team[{k}]", StaffQualification.Check(service.Team[k], demand));
            }

            LicenseHolderCheck.Check(demand, path, violations);
            CoverageCheck.Check(agreement, service, centers, path, demand.Description, CoverageCheck.Horizon(agreement.Term, date, options.CoverageDays), violations, coverageCache);
        }

        return violations.ToImmutable();
    }
}
