using System.ComponentModel;
using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Contracts.__Internals;

/// <summary>
/// What the generated members of every contract call: validation against the rule set and the
/// staff check. Public only so that generated code in the user's assembly can call it; hidden from
/// IntelliSense and not part of the supported API. Call the contract's own <c>Validate</c> and
/// <c>CheckStaff</c>, or <see cref="IServiceLevelContract"/>'s.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GeneratedContractSupport
{
    /// <summary>
    /// Every violation of <paramref name="rules"/> by <paramref name="contract"/> with its declared
    /// safeguards on <paramref name="date"/>, in delivery-jurisdiction order, each distinct
    /// violation once (a rule about the client alone is reported once, not once per delivery
    /// jurisdiction).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<RuleViolation> Validate(IServiceLevelContract contract, LocalDate date, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(rules);
        var violations = new List<RuleViolation>();
        var seen = new HashSet<(string, string)>();
        foreach (var delivery in contract.DeliveredFrom)
        {
            foreach (var violation in rules.Evaluate(contract.Service, contract.Client, delivery, date, contract.Safeguards))
            {
                if (seen.Add((violation.Key, violation.Message)))
                {
                    violations.Add(violation);
                }
            }
        }

        return violations;
    }

    /// <summary>
    /// The rules a compiled contract validates with: the defaults with the project's
    /// <c>kpo.rules.json</c> as the build read it (null when it had none), applied as the analyzers
    /// applied it, so that a contract that builds clean validates clean.
    /// </summary>
    /// <param name="overlayJson">The overlay's text, or null.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static RuleSet RulesAsBuilt(string? overlayJson) =>
        overlayJson is null ? RuleSet.Default : RuleSet.Default.ApplyOverlay(overlayJson).Rules;

    /// <summary>
    /// Every requirement of <paramref name="contract"/> that <paramref name="member"/> does not meet
    /// on <paramref name="date"/> (KPO3001, KPO3002, KPO3004, KPO3005), by the same checks as
    /// agreement validation, with a path into the member.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static IReadOnlyList<AgreementViolation> CheckStaff(IServiceLevelContract contract, StaffMember member, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(member);
        var findings = new List<StaffFinding>();
        var checks = new StaffChecks(member, contract.Service, contract.Client, date, "the contract", findings);
        foreach (var requirement in contract.RequiredCredentials)
        {
            checks.Credential([requirement.Kind], requirement.GrantedIn, requirement.ToString());
        }

        checks.Languages([.. contract.RequiredLanguages]);
        checks.Familiarity();
        return [.. findings.Select(f => new AgreementViolation(f.Path, f.RuleId, DiagnosticCatalog.DefaultSeverity(f.RuleId), f.Message))];
    }

    /// <summary>
    /// The exception every member of a contract throws when the generator could not complete it
    /// because its declaration has errors (which fail the build unless suppressed): the part is
    /// still emitted so that code using the contract compiles and the KPO errors are the only ones.
    /// </summary>
    /// <param name="contract">The contract type's full name.</param>
    /// <param name="diagnostics">The IDs of the declaration's errors, e.g. "KPO0005, KPO0004"; empty when only the compiler reported errors.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static InvalidOperationException NotGenerated(string contract, string diagnostics) =>
        new($"The service-level contract '{contract}' was not generated: its declaration has errors{(string.IsNullOrEmpty(diagnostics) ? string.Empty : " (" + diagnostics + ")")}, which the build reports. Fix the declaration and build again.");
}
