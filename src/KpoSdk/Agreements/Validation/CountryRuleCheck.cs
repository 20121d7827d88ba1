using System.Collections.Immutable;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Rules;
using NodaTime;

namespace KpoSdk;

/// <summary>
/// KPO1001–KPO1003: the knowledge base's default rules for the service, the client's jurisdiction
/// and each delivery centre's jurisdiction, with the agreement's transfer mechanisms: the same
/// engine and rule data the analyzers use.
/// </summary>
internal static class CountryRuleCheck
{
    public static void Check(ServiceAgreement agreement, AgreedService service, ImmutableArray<(int Index, DeliveryCenter Center)> centers, string path, LocalDate date, ViolationList violations)
    {
        var mechanisms = MechanismSet.Of(agreement.TransferMechanisms);
        var day = new CalendarDate(date.Year, date.Month, date.Day);
        foreach (var (index, center) in centers)
        {
            foreach (var violation in RuleSet.Default.Evaluate(service.Service, agreement.Client.Jurisdiction.Id, center.Jurisdiction.Id, day, mechanisms))
            {
                violations.Add(new AgreementViolation(
                    $"{path}.deliveredFrom[{index}]", violation.RuleId, violation.Severity, violation.Message, violation.Key, violation.Citation));
            }
        }
    }
}
