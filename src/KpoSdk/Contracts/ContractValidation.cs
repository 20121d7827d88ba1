using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Contracts;

/// <summary>
/// Re-checks a service-level contract against the rule engine on a date: the service delivered
/// from each of its delivery jurisdictions to its client. The generated <c>Validate</c> methods of
/// every contract call it, so a contract compiled last year is checked against today's rules.
/// </summary>
public static class ContractValidation
{
    /// <summary>
    /// Every violation of <paramref name="rules"/> by <paramref name="contract"/> on
    /// <paramref name="date"/>, in delivery-jurisdiction order, each distinct violation once (a
    /// rule about the client alone is reported once, not once per delivery jurisdiction); empty
    /// when the contract may be performed.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleViolation> Validate(IServiceLevelContract contract, LocalDate date, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(rules);
        var violations = new List<RuleViolation>();
        var seen = new HashSet<(string, string)>();
        foreach (var delivery in contract.DeliveredFrom)
        {
            foreach (var violation in rules.Evaluate(contract.Service, contract.Client, delivery, date))
            {
                if (seen.Add((violation.Key, violation.Message)))
                {
                    violations.Add(violation);
                }
            }
        }

        return violations;
    }
}
