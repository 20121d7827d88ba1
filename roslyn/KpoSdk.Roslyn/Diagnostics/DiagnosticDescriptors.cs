
using Microsoft.CodeAnalysis;

namespace KpoSdk.Roslyn.Diagnostics;

/// <summary>
/// Every diagnostic the KpoSdk analyzers report, one descriptor per compile-time ID of the
/// diagnostic catalogue (<see cref="DiagnosticCatalog"/>, generated from tools/data/diagnostics.json):
/// title, category, default severity, message format, description and help link all come from it.
/// Messages quote the offending value; the rule diagnostics (KPO1001-1003) carry the rule's own
/// message, key and citation and its severity.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>KPO0001. Argument: the parser's message, which quotes the code and suggests a close one.</summary>
    public static readonly DiagnosticDescriptor UnknownJurisdiction = Create(DiagnosticIds.UnknownJurisdiction);

    /// <summary>KPO0002. Argument: the message quoting the ID with the closest known IDs, as BusinessCalendar.Create words it.</summary>
    public static readonly DiagnosticDescriptor UnknownTimeZone = Create(DiagnosticIds.UnknownTimeZone);

    /// <summary>KPO0003. Argument: the parser's message.</summary>
    public static readonly DiagnosticDescriptor UnknownLanguage = Create(DiagnosticIds.UnknownLanguage);

    /// <summary>KPO0004. Argument: the parser's message with the position of the error.</summary>
    public static readonly DiagnosticDescriptor MalformedDuration = Create(DiagnosticIds.MalformedDuration);

    /// <summary>KPO0005. Argument: the parser's message with the position of the error.</summary>
    public static readonly DiagnosticDescriptor MalformedWeeklyHours = Create(DiagnosticIds.MalformedWeeklyHours);

    /// <summary>KPO0006. Argument: what is wrong, with the value quoted.</summary>
    public static readonly DiagnosticDescriptor MalformedRuleConfiguration = Create(DiagnosticIds.MalformedRuleConfiguration);

    /// <summary>KPO0008. Argument: why the JSON document does not read, quoting the value.</summary>
    public static readonly DiagnosticDescriptor MalformedDocument = Create(DiagnosticIds.MalformedDocument);

    /// <summary>KPO0009. Argument: the jurisdiction without built-in holidays, why, and what is covered.</summary>
    public static readonly DiagnosticDescriptor NoBuiltInHolidays = Create(DiagnosticIds.NoBuiltInHolidays);

    /// <summary>KPO1001. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor SanctionedJurisdiction = Create(DiagnosticIds.SanctionedJurisdiction);

    /// <summary>KPO1002. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor LicensedProfessionalRequired = Create(DiagnosticIds.LicensedProfessionalRequired);

    /// <summary>KPO1003. Arguments: the rule's message, its key, its citation.</summary>
    public static readonly DiagnosticDescriptor PersonalDataTransfer = Create(DiagnosticIds.PersonalDataTransfer);

    /// <summary>KPO1004. Argument: the combination, and what the catalog designates instead.</summary>
    public static readonly DiagnosticDescriptor NotDesignatedInCatalog = Create(DiagnosticIds.NotDesignatedInCatalog);

    /// <summary>KPO1005. Arguments: the rule's message (naming the safeguards that satisfy it), its key, its citation.</summary>
    public static readonly DiagnosticDescriptor MissingSafeguard = Create(DiagnosticIds.MissingSafeguard);

    /// <summary>KPO2001. Argument: the knowledge base's message (Knowledge.Checks.CoverageZoneCheck).</summary>
    public static readonly DiagnosticDescriptor CoverageZoneOutsideClientCountry = Create(DiagnosticIds.CoverageZoneOutsideClientCountry);

    /// <summary>KPO3001. Argument: why the credential does not count.</summary>
    public static readonly DiagnosticDescriptor CredentialNotRecognized = Create(DiagnosticIds.CredentialNotRecognized);

    /// <summary>KPO3006. Argument: the knowledge base's message (Knowledge.Checks.LanguageUseCheck).</summary>
    public static readonly DiagnosticDescriptor LanguageNotUsedInClientCountry = Create(DiagnosticIds.LanguageNotUsedInClientCountry);

    /// <summary>KPO9001. Argument: the type name.</summary>
    public static readonly DiagnosticDescriptor ContractNotPartial = Create(DiagnosticIds.ContractNotPartial);

    /// <summary>KPO9002. Arguments: the type name, the containing type.</summary>
    public static readonly DiagnosticDescriptor ContractNested = Create(DiagnosticIds.ContractNested);

    /// <summary>KPO9003. Arguments: the type name, its type parameters.</summary>
    public static readonly DiagnosticDescriptor ContractGeneric = Create(DiagnosticIds.ContractGeneric);

    /// <summary>KPO9004. Arguments: the type name, what prevents completing it, what to do.</summary>
    public static readonly DiagnosticDescriptor ContractNotCompletable = Create(DiagnosticIds.ContractNotCompletable);

    /// <summary>KPO9005. Arguments: the type name, the missing part, how to add it.</summary>
    public static readonly DiagnosticDescriptor ContractIncomplete = Create(DiagnosticIds.ContractIncomplete);

    /// <summary>KPO9006. Arguments: the argument as written, the enum type, what it sets, the type name, the members it may be.</summary>
    public static readonly DiagnosticDescriptor UndefinedContractValue = Create(DiagnosticIds.UndefinedContractValue);

    /// <summary>Every descriptor, in ID order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    [
        UnknownJurisdiction, UnknownTimeZone, UnknownLanguage, MalformedDuration, MalformedWeeklyHours, MalformedRuleConfiguration, MalformedDocument, NoBuiltInHolidays,
        SanctionedJurisdiction, LicensedProfessionalRequired, PersonalDataTransfer, NotDesignatedInCatalog, MissingSafeguard,
        CoverageZoneOutsideClientCountry, CredentialNotRecognized, LanguageNotUsedInClientCountry,
        ContractNotPartial, ContractNested, ContractGeneric, ContractNotCompletable, ContractIncomplete, UndefinedContractValue,
    ];

    /// <summary>The descriptor of a rule ID of the rule data (<see cref="DiagnosticCatalog.IsRuleId"/>), or null for another ID.</summary>
    public static DiagnosticDescriptor? ForRuleId(string ruleId) =>
        DiagnosticCatalog.IsRuleId(ruleId) ? Array.Find(All, d => d.Id == ruleId) : null;

    /// <summary>The catalogue's severity as a Roslyn severity.</summary>
    public static DiagnosticSeverity Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(string id)
    {
        var info = DiagnosticCatalog.Get(id);
        string[] tags = info.IsCompilationEnd ? [WellKnownDiagnosticTags.CompilationEnd] : [];
        return new DiagnosticDescriptor(
            id,
            info.Title,
            info.MessageFormat ?? throw new InvalidOperationException($"{id} is not reported at compile time, so it has no descriptor."),
            info.CategoryName,
            Severity(info.DefaultSeverity),
            isEnabledByDefault: true,
            info.Description,
            info.HelpLink,
            tags);
    }
}
