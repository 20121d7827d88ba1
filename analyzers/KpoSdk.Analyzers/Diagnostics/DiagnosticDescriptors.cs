using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Diagnostics;

/// <summary>
/// Every diagnostic the KpoSdk analyzers report, one descriptor per ID of
/// <see cref="DiagnosticIds"/>. Messages quote the offending value; the rule diagnostics
/// (KPO1001-1003) carry the rule's own message, key and citation. Each help link is the ID's page
/// in docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>KPO0001. Argument: the parser's message, which quotes the code and suggests a close one.</summary>
    public static readonly DiagnosticDescriptor UnknownJurisdiction = Create(
        DiagnosticIds.UnknownJurisdiction,
        "Unknown country or subdivision code",
        "{0}",
        DiagnosticCategories.Input,
        DiagnosticSeverity.Error,
        "A text that should name an ISO 3166-1 country or an ISO 3166-2 subdivision names none. The value fails at run time and the generator emits nothing for a contract that holds it.");

    /// <summary>KPO0002. Argument: the message quoting the ID with the closest known IDs, as BusinessCalendar.Create words it.</summary>
    public static readonly DiagnosticDescriptor UnknownTimeZone = Create(
        DiagnosticIds.UnknownTimeZone,
        "Unknown time-zone ID",
        "{0}",
        DiagnosticCategories.Input,
        DiagnosticSeverity.Error,
        "A time-zone ID that NodaTime's TZDB does not know. BusinessCalendar.Create throws for it at run time.");

    /// <summary>KPO0003. Argument: the parser's message.</summary>
    public static readonly DiagnosticDescriptor UnknownLanguage = Create(
        DiagnosticIds.UnknownLanguage,
        "Unknown language code",
        "{0}",
        DiagnosticCategories.Input,
        DiagnosticSeverity.Error,
        "A language code that ISO 639 does not assign. Language.Parse throws for it at run time.");

    /// <summary>KPO0004. Argument: the parser's message with the position of the error.</summary>
    public static readonly DiagnosticDescriptor MalformedDuration = Create(
        DiagnosticIds.MalformedDuration,
        "Malformed ISO 8601 duration or period",
        "{0}",
        DiagnosticCategories.Input,
        DiagnosticSeverity.Error,
        "A response or resolution time that is not a positive ISO 8601 duration of time units only (PT4H) or days only (P3D).");

    /// <summary>KPO0005. Argument: the parser's message with the position of the error.</summary>
    public static readonly DiagnosticDescriptor MalformedWeeklyHours = Create(
        DiagnosticIds.MalformedWeeklyHours,
        "Malformed weekly hours",
        "{0}",
        DiagnosticCategories.Input,
        DiagnosticSeverity.Error,
        "Weekly hours that WeeklyHours.Parse rejects, e.g. a misspelt day name or a time out of range.");

    /// <summary>KPO0006. Argument: what is wrong, with the value quoted.</summary>
    public static readonly DiagnosticDescriptor MalformedRuleConfiguration = Create(
        DiagnosticIds.MalformedRuleConfiguration,
        "Malformed KpoSdk rule configuration",
        "{0}",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Error,
        "The kpo.rules.json overlay or the kpo_rules_date option cannot be read. The analyzers then check against the default rules (and today's date), which may not be the rules you meant.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>KPO1001. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor SanctionedJurisdiction = CreateRule(
        DiagnosticIds.SanctionedJurisdiction,
        "Service to or from a sanctioned jurisdiction",
        "The service crosses an embargo or a services ban of the rule data.");

    /// <summary>KPO1002. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor LicensedProfessionalRequired = CreateRule(
        DiagnosticIds.LicensedProfessionalRequired,
        "Licensed professional required in the client jurisdiction",
        "A signing or certifying act that only a professional licensed in the client jurisdiction may perform is delivered from elsewhere.");

    /// <summary>KPO1003. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor PersonalDataTransfer = CreateRule(
        DiagnosticIds.PersonalDataTransfer,
        "Personal-data transfer needs a mechanism or is barred",
        "A service that handles personal data is delivered from a destination that needs a transfer mechanism or is barred by localisation law.");

    /// <summary>KPO1004. Arguments: the combination, and what the catalog designates instead.</summary>
    public static readonly DiagnosticDescriptor NotDesignatedInCatalog = Create(
        DiagnosticIds.NotDesignatedInCatalog,
        "Combination not designated in the provider's catalog",
        "{0} is not designated by any [assembly: ServiceOffering] of the catalog; {1}",
        DiagnosticCategories.Rules,
        DiagnosticSeverity.Error,
        "A contract's service, client and delivery jurisdiction is not designated by any ServiceOffering of this assembly or of the assemblies it references.");

    /// <summary>KPO2001. Arguments: the zone quoted, where it is, the client's country.</summary>
    public static readonly DiagnosticDescriptor CoverageZoneOutsideClientCountry = Create(
        DiagnosticIds.CoverageZoneOutsideClientCountry,
        "Coverage zone not in the client's country",
        "The coverage zone {0} is in {1}, not in {2}, the client's country; coverage would be measured in another country's time",
        DiagnosticCategories.Coverage,
        DiagnosticSeverity.Warning,
        "A coverage window is the client's business hours in the client's own time, so its zone should be one of the client country's zones (zone.tab).");

    /// <summary>KPO3001. Argument: why the credential does not count.</summary>
    public static readonly DiagnosticDescriptor CredentialNotRecognized = Create(
        DiagnosticIds.CredentialNotRecognized,
        "Required credential not recognised in the client jurisdiction",
        "{0}",
        DiagnosticCategories.Staffing,
        DiagnosticSeverity.Error,
        "A contract requires a credential that is neither a licence nor a recognised qualification for its service in the client jurisdiction, so no holder of it could meet the requirement.");

    /// <summary>KPO3006. Arguments: the language, the client's country, its official languages.</summary>
    public static readonly DiagnosticDescriptor LanguageNotUsedInClientCountry = Create(
        DiagnosticIds.LanguageNotUsedInClientCountry,
        "Required language not used in the client's country",
        "{0} is not an official language of {1}, where the official languages are {2}",
        DiagnosticCategories.Staffing,
        DiagnosticSeverity.Warning,
        "A contract requires a language that is neither a nationwide nor a regional official language of the client's country (CLDR).");

    /// <summary>KPO9001. Argument: the type name.</summary>
    public static readonly DiagnosticDescriptor ContractNotPartial = Create(
        DiagnosticIds.ContractNotPartial,
        "Contract type is not partial",
        "The contract type '{0}' must be declared partial: the generator completes it with a second part",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "A type marked [ServiceLevelContract] is completed by the generator, which can only add to a partial type.");

    /// <summary>KPO9002. Arguments: the type name, the containing type.</summary>
    public static readonly DiagnosticDescriptor ContractNested = Create(
        DiagnosticIds.ContractNested,
        "Contract type is nested in another type",
        "The contract type '{0}' is nested in '{1}'; declare contracts at the top level of a namespace",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "The generator completes top-level types only and lists each contract in one registry.");

    /// <summary>KPO9003. Arguments: the type name, its type parameters.</summary>
    public static readonly DiagnosticDescriptor ContractGeneric = Create(
        DiagnosticIds.ContractGeneric,
        "Contract type is generic",
        "The contract type '{0}' has type parameters {1}; a contract is one concrete type",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "The contract registry holds one instance of each contract, which a generic type cannot provide.");

    /// <summary>KPO9004. Arguments: the type name, what prevents completing it, what to do.</summary>
    public static readonly DiagnosticDescriptor ContractNotCompletable = Create(
        DiagnosticIds.ContractNotCompletable,
        "Contract type cannot be completed by the generator",
        "The contract type '{0}' {1}; {2}",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "The generator adds a part to each contract type and the registry creates one instance of it, so the type must be a class or struct that is neither static, abstract, a ref struct nor file-local, a class must have a public or internal parameterless constructor, neither the type nor that constructor may be obsolete as an error, required members must be set by a [SetsRequiredMembers] constructor, its name must be a valid identifier, and neither its name nor its own or inherited members may take a name the generated part declares.");

    /// <summary>KPO9005. Arguments: the type name, the missing part, how to add it.</summary>
    public static readonly DiagnosticDescriptor ContractIncomplete = Create(
        DiagnosticIds.ContractIncomplete,
        "Contract declaration is incomplete",
        "The contract '{0}' has no {1}; {2}",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "A contract needs a coverage window (the client's business hours in the client's time zone), since its calendar and targets are built from it.");

    /// <summary>KPO9006. Arguments: the argument as written, the enum type, what it sets, the type name, the members it may be.</summary>
    public static readonly DiagnosticDescriptor UndefinedContractValue = Create(
        DiagnosticIds.UndefinedContractValue,
        "Contract attribute value names no member of its enum",
        "{0} is not a defined {1} value; {2} of the contract '{3}' must be {4}",
        DiagnosticCategories.Declaration,
        DiagnosticSeverity.Error,
        "A cast such as (ServiceLine)999 compiles, but names no service line, credential, CEFR level or clock the SDK knows, so the generator cannot build the contract.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    [
        UnknownJurisdiction, UnknownTimeZone, UnknownLanguage, MalformedDuration, MalformedWeeklyHours, MalformedRuleConfiguration,
        SanctionedJurisdiction, LicensedProfessionalRequired, PersonalDataTransfer, NotDesignatedInCatalog,
        CoverageZoneOutsideClientCountry, CredentialNotRecognized, LanguageNotUsedInClientCountry,
        ContractNotPartial, ContractNested, ContractGeneric, ContractNotCompletable, ContractIncomplete, UndefinedContractValue,
    ];

    /// <summary>The descriptor of a rule ID of the rule data (KPO1001-1003), or null for an ID the analyzers do not report.</summary>
    public static DiagnosticDescriptor? ForRuleId(string ruleId) => ruleId switch
    {
        DiagnosticIds.SanctionedJurisdiction => SanctionedJurisdiction,
        DiagnosticIds.LicensedProfessionalRequired => LicensedProfessionalRequired,
        DiagnosticIds.PersonalDataTransfer => PersonalDataTransfer,
        _ => null,
    };

    private static DiagnosticDescriptor CreateRule(string id, string title, string description) => Create(
        id,
        title,
        "{0} [{1}: {2}]",
        DiagnosticCategories.Rules,
        DiagnosticSeverity.Error,
        description + " Each rule of the data has its own severity, key and citation; overlay or remove rules in kpo.rules.json.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] tags) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id), tags);
}
