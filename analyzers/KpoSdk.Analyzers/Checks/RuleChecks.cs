using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using KpoSdk.Roslyn.Checks;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Checks;

/// <summary>
/// KPO1001-1005: evaluates the rule set on one (service, client, delivery, date) case with the
/// safeguards declared for it, exactly as the runtime's <c>RuleSet.Evaluate</c> does, and reports
/// each violation with the rule's own severity, message, key and citation, and the safeguards that
/// would lift it for the code fix.
/// </summary>
internal static class RuleChecks
{
    /// <summary>Reports every violation at <paramref name="location"/>; returns how many there were.</summary>
    public static int Evaluate(RuleSet rules, ServiceLine service, JurisdictionId client, JurisdictionId delivery, CalendarDate date, SafeguardSet safeguards, Location location, Report report, IEnumerable<Location>? additionalLocations = null)
    {
        var violations = rules.Evaluate(service, client, delivery, date, safeguards);
        foreach (var violation in violations)
        {
            report(Create(violation, location, additionalLocations));
        }

        return violations.Count;
    }

    public static Diagnostic Create(RuleViolation violation, Location location, IEnumerable<Location>? additionalLocations, string? suffix = null)
    {
        var descriptor = DiagnosticDescriptors.ForRuleId(violation.RuleId)
            ?? throw new InvalidOperationException($"Rule '{violation.Key}' reports {violation.RuleId}, which no analyzer descriptor has; the overlay reader admits only rule IDs with descriptors.");
        var properties = FixProperties.Empty.Add(FixProperties.RuleKey, violation.Key);
        if (violation.LiftedBy.Count > 0)
        {
            properties = properties.Add(FixProperties.Safeguards, FixProperties.JoinSafeguards(violation.LiftedBy));
        }

        return Diagnostic.Create(descriptor, location, DiagnosticDescriptors.Severity(violation.Severity), additionalLocations, properties, violation.Message + suffix, violation.Key, violation.Citation);
    }

    /// <summary>Whether <paramref name="value"/> is a defined service line of the analyzer's knowledge base.</summary>
    public static bool TryService(object? value, out ServiceLine service)
    {
        service = default;
        if (value is not int number || !Knowledge.Services.ServiceLines.IsDefined((ServiceLine)number))
        {
            return false;
        }

        service = (ServiceLine)number;
        return true;
    }
}
