using KpoSdk.Agreements.Validation;
using KpoSdk.Documents.Checks;
using KpoSdk.Rules;
using KpoSdk.Serialization;
using NodaTime;

namespace KpoSdk.Documents;

/// <summary>
/// Checks a JSON document of any kind as the SDK checks the objects it describes, and points each
/// finding at its line and column: an agreement as <see cref="ServiceAgreement.Validate(LocalDate, AgreementValidationOptions)"/>
/// does; a catalog's offerings against the country/service rules (KPO1001–KPO1003) for every
/// client and centre, as the analyzers check <c>[assembly: ServiceOffering]</c>; a roster's
/// credentials against who can grant them (KPO3001). The command line's <c>kpo check</c> is this
/// method over each file.
/// </summary>
public static class DocumentCheck
{
    /// <summary>Reads and checks one document.</summary>
    /// <param name="utf8Json">The document, as UTF-8 bytes.</param>
    /// <param name="date">The date on which rules, credentials and coverage are checked.</param>
    /// <param name="options">The rules, coverage horizon and JSON limits; <see cref="DocumentCheckOptions.Default"/> when null.</param>
    /// <returns>The kind, the findings, or why the document cannot be read. Never throws for a document that is bad.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999.</exception>
    public static DocumentCheckResult Check(ReadOnlySpan<byte> utf8Json, LocalDate date, DocumentCheckOptions? options = null)
    {
        if (date.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Expected a date in the years 1 to 9999, the range of the rule data.");
        }

        options ??= DocumentCheckOptions.Default;
        var positions = new DocumentPositions(utf8Json.ToArray());
        KpoDocument document;
        try
        {
            document = KpoDocument.Read(utf8Json, options.Limits);
        }
        catch (JsonDocumentException ex)
        {
            var at = positions.OfReadError(ex);
            return new DocumentCheckResult(KpoDocument.Recognize(utf8Json), [], new DocumentFinding(ex.Path ?? "$", null, RuleSeverity.Error, ex.Problem, at.Line, at.Column));
        }

        var violations = document.Kind switch
        {
            KpoDocumentKind.Agreement => document.Agreement!.Validate(date, options.Validation),
            KpoDocumentKind.Catalog => Knowledge(DocumentFacts.Of(document.Catalog!), null, date, options.Validation.Rules),
            _ => Knowledge(null, DocumentFacts.Of(document.Roster!), date, options.Validation.Rules),
        };
        return new DocumentCheckResult(document.Kind, [.. violations.Select(v => Locate(v, positions))], null);
    }

    /// <summary>A catalog or a roster: only the knowledge base's checks apply, the ones the analyzers run on the same document.</summary>
    private static IEnumerable<AgreementViolation> Knowledge(Model.ProviderFacts? catalog, Model.RosterFacts? roster, LocalDate date, RuleSet rules) =>
        DocumentRuleCheck.Check(catalog, roster, null, Dates.ToCalendarDate(date, nameof(date)), rules.Engine).Select(ViolationList.ToViolation);

    private static DocumentFinding Locate(AgreementViolation violation, DocumentPositions positions)
    {
        string path = "$." + violation.Path;
        var at = positions.Of(path);
        return new DocumentFinding(path, violation.RuleId, violation.Severity, violation.Message, at.Line, at.Column)
        {
            RuleKey = violation.RuleKey,
            Citation = violation.Citation,
        };
    }
}
