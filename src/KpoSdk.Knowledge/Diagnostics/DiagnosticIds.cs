namespace KpoSdk;

/// <summary>
/// The stable IDs shared by the analyzers (compile time) and by run-time validation, so that a
/// combination rejected in the IDE is rejected with the same ID when the same data arrives at run
/// time. Each ID has a page at <c>docs/diagnostics/&lt;ID&gt;.md</c>. IDs are never reused.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>KPO0001: a country or subdivision code that ISO 3166 does not assign.</summary>
    public const string UnknownJurisdiction = "KPO0001";

    /// <summary>KPO0002: a time-zone ID that the IANA time-zone database does not know.</summary>
    public const string UnknownTimeZone = "KPO0002";

    /// <summary>KPO0003: a language code that ISO 639 does not assign.</summary>
    public const string UnknownLanguage = "KPO0003";

    /// <summary>KPO0004: a malformed ISO 8601 duration or period.</summary>
    public const string MalformedDuration = "KPO0004";

    /// <summary>KPO0005: malformed weekly hours text.</summary>
    public const string MalformedWeeklyHours = "KPO0005";

    /// <summary>
    /// KPO0006: a malformed rule configuration for the analyzers: a <c>kpo.rules.json</c> overlay
    /// that is not valid JSON or names an unknown rule, selector or field, or a
    /// <c>kpo_rules_date</c> option that is not a date.
    /// </summary>
    public const string MalformedRuleConfiguration = "KPO0006";

    /// <summary>
    /// KPO0007: a consuming project whose build cannot run the package's generator and analyzers
    /// (an MSBuild/Roslyn older than 17.8/4.8, or a <c>packages.config</c> project). Reported by the
    /// package's MSBuild targets, not by an analyzer, because in that case no analyzer runs.
    /// </summary>
    public const string UnsupportedBuildEnvironment = "KPO0007";

    /// <summary>KPO1001: a service to or from a sanctioned jurisdiction.</summary>
    public const string SanctionedJurisdiction = "KPO1001";

    /// <summary>KPO1002: a signing or certifying act delivered from outside the jurisdiction whose licence it needs.</summary>
    public const string LicensedProfessionalRequired = "KPO1002";

    /// <summary>KPO1003: a personal-data service to a destination that needs a transfer mechanism or is barred by localisation law.</summary>
    public const string PersonalDataTransfer = "KPO1003";

    /// <summary>KPO1004: a service, client and delivery combination that the provider's catalog does not designate.</summary>
    public const string NotDesignatedInCatalog = "KPO1004";

    /// <summary>KPO2001: a coverage window whose time zone is not in the client's country.</summary>
    public const string CoverageZoneOutsideClientCountry = "KPO2001";

    /// <summary>KPO2002: delivery shifts that do not overlap the coverage window at all.</summary>
    public const string NoShiftOverlap = "KPO2002";

    /// <summary>KPO3001: a required credential that no one holds, or one not recognised in the client jurisdiction.</summary>
    public const string CredentialNotRecognized = "KPO3001";

    /// <summary>KPO3002: a credential that has expired on the date of validation.</summary>
    public const string CredentialExpired = "KPO3002";

    /// <summary>KPO3003: education below the minimum a service requires.</summary>
    public const string EducationBelowMinimum = "KPO3003";

    /// <summary>KPO3004: a required language missing or below the required CEFR level.</summary>
    public const string LanguageLevelTooLow = "KPO3004";

    /// <summary>KPO3005: no familiarity with the regulation of the client's jurisdiction where the service needs it.</summary>
    public const string NoRegulationFamiliarity = "KPO3005";

    /// <summary>KPO3006: a required language that is not an official language of the client's country.</summary>
    public const string LanguageNotUsedInClientCountry = "KPO3006";

    /// <summary>KPO3007: delivery shifts that overlap the coverage window but leave part of it uncovered.</summary>
    public const string ShiftDoesNotCoverWindow = "KPO3007";

    /// <summary>KPO9001: a contract type that is not declared <c>partial</c>.</summary>
    public const string ContractNotPartial = "KPO9001";

    /// <summary>KPO9002: a contract type nested in another type.</summary>
    public const string ContractNested = "KPO9002";

    /// <summary>KPO9003: a generic contract type.</summary>
    public const string ContractGeneric = "KPO9003";

    /// <summary>
    /// KPO9004: a contract type the generator cannot complete: <c>static</c>, <c>abstract</c>, a
    /// <c>ref struct</c>, file-local, a class without a public or internal parameterless
    /// constructor, a type the registry's <c>new()</c> cannot create (obsolete as an error, or with
    /// <c>required</c> members no constructor sets), a type whose name is not a valid identifier, or one whose name or members collide
    /// with the members the generator declares (<c>Service</c>, <c>Validate</c>, …).
    /// </summary>
    public const string ContractNotCompletable = "KPO9004";

    /// <summary>KPO9005: a contract declaration that lacks a required part (<c>[CoverageWindow]</c>).</summary>
    public const string ContractIncomplete = "KPO9005";

    /// <summary>
    /// KPO9006: a contract attribute argument of an enum type (<c>ServiceLine</c>,
    /// <c>CredentialKind</c>, <c>CefrLevel</c>, <c>SlaClockBasis</c>) whose value names no member,
    /// such as <c>(ServiceLine)999</c>.
    /// </summary>
    public const string UndefinedContractValue = "KPO9006";
}
