namespace KpoSdk;

/// <summary>
/// Every diagnostic ID of <see cref="DiagnosticIds"/> with its title, default severity and help
/// link, for tools that describe the IDs they report (the <c>kpo</c> command line's SARIF rule
/// metadata). Titles are the headings of the pages in docs/diagnostics.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>Gets the folder of the diagnostic pages: each ID's page is this plus <c>&lt;ID&gt;.md</c>, the analyzers' help links too.</summary>
    public const string HelpLinkBase = "https://github.com/kposdk/KpoSdk/blob/main/docs/diagnostics/";

    private static readonly DiagnosticInfo[] s_all =
    [
        Error(DiagnosticIds.UnknownJurisdiction, "Unknown country or subdivision code"),
        Error(DiagnosticIds.UnknownTimeZone, "Unknown time-zone ID"),
        Error(DiagnosticIds.UnknownLanguage, "Unknown language code"),
        Error(DiagnosticIds.MalformedDuration, "Malformed ISO 8601 duration or period"),
        Error(DiagnosticIds.MalformedWeeklyHours, "Malformed weekly hours"),
        Error(DiagnosticIds.MalformedRuleConfiguration, "Malformed KpoSdk rule configuration"),
        Error(DiagnosticIds.UnsupportedBuildEnvironment, "KpoSdk's compile-time checks cannot run in this build"),
        new(DiagnosticIds.SanctionedJurisdiction, "Service to or from a sanctioned jurisdiction", RuleSeverity.Error, true),
        new(DiagnosticIds.LicensedProfessionalRequired, "Licensed professional required in the client jurisdiction", RuleSeverity.Error, true),
        new(DiagnosticIds.PersonalDataTransfer, "Personal-data transfer needs a mechanism or is barred", RuleSeverity.Error, true),
        Error(DiagnosticIds.NotDesignatedInCatalog, "Combination not designated in the provider's catalog"),
        Warning(DiagnosticIds.CoverageZoneOutsideClientCountry, "Coverage zone not in the client's country"),
        Error(DiagnosticIds.NoShiftOverlap, "Delivery shifts do not overlap the coverage window"),
        Error(DiagnosticIds.CredentialNotRecognized, "Required credential missing or not recognised in the client jurisdiction"),
        Error(DiagnosticIds.CredentialExpired, "Credential expired on the date of validation"),
        Error(DiagnosticIds.EducationBelowMinimum, "Education below the minimum the service requires"),
        Error(DiagnosticIds.LanguageLevelTooLow, "Required language missing or below the required CEFR level"),
        Error(DiagnosticIds.NoRegulationFamiliarity, "No familiarity with the client jurisdiction's regulation"),
        Warning(DiagnosticIds.LanguageNotUsedInClientCountry, "Required language not used in the client's country"),
        Warning(DiagnosticIds.ShiftDoesNotCoverWindow, "Delivery shifts leave part of the coverage window uncovered"),
        Error(DiagnosticIds.ContractNotPartial, "Contract type is not partial"),
        Error(DiagnosticIds.ContractNested, "Contract type is nested in another type"),
        Error(DiagnosticIds.ContractGeneric, "Contract type is generic"),
        Error(DiagnosticIds.ContractNotCompletable, "Contract type cannot be completed by the generator"),
        Error(DiagnosticIds.ContractIncomplete, "Contract declaration is incomplete"),
        Error(DiagnosticIds.UndefinedContractValue, "Contract attribute value names no member of its enum"),
    ];

    /// <summary>Gets every ID, in ascending order.</summary>
    public static IReadOnlyList<DiagnosticInfo> All => s_all;

    /// <summary>Gets the entry of <paramref name="id"/>; null for a text that is no ID of the catalogue.</summary>
    public static DiagnosticInfo? Find(string id)
    {
        foreach (var info in s_all)
        {
            if (string.Equals(info.Id, id, StringComparison.Ordinal))
            {
                return info;
            }
        }

        return null;
    }

    private static DiagnosticInfo Error(string id, string title) => new(id, title, RuleSeverity.Error, false);

    private static DiagnosticInfo Warning(string id, string title) => new(id, title, RuleSeverity.Warning, false);
}
