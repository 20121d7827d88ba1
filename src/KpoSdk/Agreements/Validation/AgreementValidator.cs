using System.Collections.Immutable;
using KpoSdk.Documents;
using KpoSdk.Documents.Checks;
using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// Runs every check of <see cref="ServiceAgreement.Validate(LocalDate, AgreementValidationOptions)"/>
/// in document order: the knowledge base's checks that need no calendar (zones, catalog, rules,
/// languages: the ones the analyzers run on agreement documents), then per service the team and
/// coverage checks, which need the runtime's staff model and calendars.
/// </summary>
internal static class AgreementValidator
{
    public static ImmutableArray<AgreementViolation> Validate(ServiceAgreement agreement, LocalDate date, AgreementValidationOptions options)
    {
        var violations = new ViolationList();
        var facts = DocumentFacts.Of(agreement);
        var calendarDate = Dates.ToCalendarDate(date, nameof(date));
        AgreementChecks.Client(facts, violations.Findings);
        var reportedDesignations = new HashSet<string>(StringComparer.Ordinal);
        var coverageCache = new CoverageCache();
        for (int i = 0; i < agreement.Services.Length; i++)
        {
            var service = agreement.Services[i];
            string path = $"services[{i}]";
            var demand = ServiceDemand.For(agreement, i, date);
            var found = AgreementChecks.Service(facts, i, calendarDate, options.Rules.Engine, violations.Findings, reportedDesignations);
            ImmutableArray<(int Index, DeliveryCenter Center)> centers = [.. found.Select(c => (c.Index, agreement.Provider.FindCenter(c.Center.Name)!))];
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
