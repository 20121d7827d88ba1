using KpoSdk.Documents.Model;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Documents.Checks;

/// <summary>
/// Every check of a document that needs no NodaTime, by kind: a catalog's offerings against the
/// rules, a roster's credentials against who can grant them, an agreement's zones, catalog
/// designations, rules and languages. What the analyzers report on a JSON document in the build,
/// and the part of <c>kpo check</c> that needs no calendar.
/// </summary>
internal static class DocumentRuleCheck
{
    public static IReadOnlyList<PathFinding> Check(ProviderFacts? catalog, RosterFacts? roster, AgreementFacts? agreement, CalendarDate date, RuleSet rules)
    {
        var findings = new FindingList();
        if (catalog is not null)
        {
            CatalogRuleCheck.Check(catalog, date, rules, findings);
        }

        if (roster is not null)
        {
            RosterCredentialCheck.Check(roster, findings);
        }

        if (agreement is not null)
        {
            AgreementChecks.Check(agreement, date, rules, findings);
        }

        return findings.Items;
    }
}
