using System.Collections.Immutable;
using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO1001–KPO1005: the rule set's rules (by default the knowledge base's, through the public
/// <see cref="RuleSet"/>) for the service, the client's jurisdiction and each delivery centre's
/// jurisdiction, with the agreement's safeguards (binding corporate rules only in a captive engagement): the same rules and IDs the analyzers use.
/// </summary>
internal static class CountryRuleCheck
{
    public static void Check(ServiceAgreement agreement, AgreedService service, ImmutableArray<(int Index, DeliveryCenter Center)> centers, string path, LocalDate date, RuleSet rules, ViolationList violations)
    {
        foreach (var (index, center) in centers)
        {
            foreach (var violation in rules.Evaluate(service.Service, agreement.Client.Jurisdiction, center.Jurisdiction, date, agreement.EffectiveSafeguards))
            {
                violations.Add(new AgreementViolation(
                    $"{path}.centers[{index}]", violation.RuleId, violation.Severity, violation.Message, violation.Key, violation.Citation));
            }
        }
    }
}
