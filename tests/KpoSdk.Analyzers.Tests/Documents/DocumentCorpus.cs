using KpoSdk.Analyzers.Tests.Catalogue;

namespace KpoSdk.Analyzers.Tests.Documents;

/// <summary>
/// The documents of docs/examples, and variants of them broken (or changed but still valid) in one
/// place each: every kind of problem the runtime's reader rejects, and forms it accepts that a
/// stricter reader might not (codes in other cases, alpha-3 and numeric codes, year 0).
/// </summary>
internal static class DocumentCorpus
{
    public const string Catalog = "catalog.json";
    public const string Roster = "roster.json";
    public const string Agreement = "agreement-new-york-tax.json";
    public const string Payroll = "agreement-german-payroll.json";

    /// <summary>The service's language requirement in <see cref="Payroll"/>, with its property, so that a variant of it is a requirement rather than a skill.</summary>
    public const string LanguageRequirement = "\"requiredLanguages\": [\n        \"en:B2\"";

    /// <summary>Each example by file name.</summary>
    public static IReadOnlyList<(string Name, string Text)> Examples { get; } =
        [.. Directory.GetFiles(Path.Combine(DescriptorCatalogueTests.RepositoryRoot(), "docs", "examples"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];

    /// <summary>(Example, text to find, replacement): the first occurrence is replaced.</summary>
    public static readonly (string File, string Find, string Replace)[] Variants =
    [
        // Codes, zones, hours, languages, dates: unknown or malformed, and accepted other forms.
        (Catalog, "\"headquarters\": \"IN\"", "\"headquarters\": \"INN\""),
        (Catalog, "\"headquarters\": \"IN\"", "\"headquarters\": \"ind\""),
        (Catalog, "\"headquarters\": \"IN\"", "\"headquarters\": \"356\""),
        (Catalog, "\"jurisdiction\": \"IN-MH\"", "\"jurisdiction\": \"in-mh\""),
        (Catalog, "\"jurisdiction\": \"IN-MH\"", "\"jurisdiction\": \"IN-XX\""),
        (Catalog, "\"jurisdiction\": \"IN-MH\"", "\"jurisdiction\": \"IND-MH\""),
        (Catalog, "\"zone\": \"Asia/Kolkata\"", "\"zone\": \"Asia/Kolkatta\""),
        (Catalog, "\"zone\": \"Asia/Kolkata\"", "\"zone\": \"asia/kolkata\""),
        (Catalog, "\"zone\": \"Asia/Kolkata\"", "\"zone\": \"Asia/Calcutta\""),
        (Catalog, "\"hours\": \"Mon-Fri 18:30-03:30\"", "\"hours\": \"Mon-Fry 18:30-03:30\""),
        (Catalog, "\"hours\": \"Mon-Fri 18:30-03:30\"", "\"hours\": \"mon-fri 18:30-03:30\""),
        (Catalog, "\"hours\": \"Mon-Fri 18:30-03:30\"", "\"hours\": \"Mon-Fri 18:30-24:30\""),
        (Catalog, "\"hours\": \"Mon-Fri 18:30-03:30\"", "\"hours\": \"24x7\""),
        (Catalog, "\"2026-01-26\"", "\"2026-02-30\""),
        (Catalog, "\"2026-01-26\"", "\"2026-1-26\""),
        (Catalog, "\"2026-01-26\"", "\"0000-02-29\""),
        (Catalog, "\"2026-01-26\"", "\"-0001-02-03\""),
        (Catalog, "\"2026-01-26\"", "\"+2026-01-26\""),
        (Catalog, "\"2026-01-26\"", "\"2026-01-26T00:00\""),
        (Catalog, "\"en:C1\"", "\"EN:c1\""),
        (Catalog, "\"en:C1\"", "\"xx:C1\""),
        (Catalog, "\"en:C1\"", "\"en:C3\""),
        (Catalog, "\"en:C1\"", "\"en\""),
        (Catalog, "\"en:C1\"", "\"eng:C1\""),
        (Roster, "\"en:C1\"", "\"en:C3\""),
        (Roster, "\"en:C1\"", "\"xx:C1\""),
        (Roster, "\"en:C1\"", "\"en\""),
        (Payroll, "\"pl:C2\"", "\"pl:c2\""),
        (Payroll, "\"pl:C2\"", "\"pl:D1\""),
        (Payroll, LanguageRequirement, "\"requiredLanguages\": [\n        \"en\""),
        (Payroll, LanguageRequirement, "\"requiredLanguages\": [\n        \"qq:B2\""),
        (Payroll, LanguageRequirement, "\"requiredLanguages\": [\n        \"en:B2:\""),
        (Catalog, "\"country\": \"US\"", "\"country\": \"US-NY\""),
        (Catalog, "\"country\": \"US\"", "\"country\": \"USA\""),
        (Agreement, "\"term\": \"2026-01-01/2026-12-31\"", "\"term\": \"2026-12-31/2026-01-01\""),
        (Agreement, "\"term\": \"2026-01-01/2026-12-31\"", "\"term\": \"2026-01-01\""),
        (Agreement, "\"term\": \"2026-01-01/2026-12-31\"", "\"term\": \"2026-01-01/2026-12-31/2027-01-01\""),
        (Agreement, "\"term\": \"2026-01-01/2026-12-31\"", "\"term\": \"2026-01-01/2026-01-01\""),
        (Payroll, "\"hours\": \"Mon-Fri 08:00-17:00\"", "\"hours\": \"Mon-Fri 08:00-17:00;\""),

        // Enums: names in any case, numbers and unknown names rejected.
        (Catalog, "\"service\": \"TaxPreparation\"", "\"service\": \"taxpreparation\""),
        (Catalog, "\"service\": \"TaxPreparation\"", "\"service\": \"TaxPrep\""),
        (Catalog, "\"service\": \"TaxPreparation\"", "\"service\": 3"),
        (Catalog, "\"service\": \"TaxPreparation\"", "\"service\": \"3\""),
        (Roster, "\"Master\"", "\"master\""),
        (Roster, "\"Master\"", "\"Masters\""),
        (Roster, "\"kind\": \"UsEnrolledAgent\"", "\"kind\": \"EnrolledAgent\""),
        (Payroll, "\"engagement\": \"ThirdParty\"", "\"engagement\": \"captive\""),
        (Payroll, "\"engagement\": \"ThirdParty\"", "\"engagement\": \"Outsourced\""),
        (Payroll, "\"ExplicitConsent\"", "\"Consent\""),
        (Payroll, "\"requiredCredentials\": []", "\"requiredCredentials\": [\"Acca\"], \"minimumEducation\": \"bachelor\""),
        (Payroll, "\"requiredCredentials\": []", "\"minimumEducation\": \"Bachelors\""),
        (Payroll, "\"requiredCredentials\": []", "\"minimumEducation\": null"),

        // Shape: wrong types, nulls, unknown, repeated and missing properties.
        (Catalog, "\"name\": \"Meridian Knowledge Services\"", "\"name\": 42"),
        (Catalog, "\"name\": \"Meridian Knowledge Services\"", "\"name\": null"),
        (Catalog, "\"name\": \"Meridian Knowledge Services\"", "\"name\": \"   \""),
        (Catalog, "\"name\": \"Meridian Knowledge Services\"", "\"Name\": \"Meridian Knowledge Services\""),
        (Catalog, "\"name\": \"Meridian Knowledge Services\"", "\"name\": \"Meridian\", \"name\": \"Meridian\""),
        (Catalog, "\"name\": \"Meridian Knowledge Services\",", ""),
        (Catalog, "\"headquarters\": \"IN\",", "\"headquarters\": \"IN\", \"website\": \"x\","),
        (Catalog, "\"catalog\": {", "\"catalog\": null, \"unused\": {"),
        (Catalog, "\"catalog\": {", "\"catalog\": [], \"unused\": {"),
        (Catalog, "\"shifts\": [", "\"shifts\": null, \"unused\": ["),
        (Catalog, "\"holidays\": [", "\"holidays\": null, \"unused\": ["),
        (Catalog, "\"holidays\": [", "\"holidays\": [null, "),
        (Catalog, "\"clients\": [", "\"clients\": \"US\", \"unused\": ["),
        (Catalog, "\"languages\": []", "\"languages\": null"),
        (Catalog, "\"languages\": []", "\"languages\": [{\"country\": \"GB\"}]"),
        (Catalog, "\"name\": \"Manila\"", "\"name\": \"Pune\""),
        (Catalog, "\"name\": \"us-night\",\n          \"hours\": \"Mon-Fri 18:30-03:30\"", "\"name\": \"eu-day\",\n          \"hours\": \"Mon-Fri 18:30-03:30\""),
        (Catalog, "\"Manila\"\n        ],", "\"Manilla\"\n        ],"),
        (Roster, "\"id\": \"PH-002\"", "\"id\": \"IN-001\""),
        (Roster, "\"id\": \"PH-002\"", "\"id\": \"\""),
        (Roster, "\"provider\": \"Meridian Knowledge Services\"", "\"provider\": \"\""),
        (Roster, "\"grantedBy\": \"US\",", ""),
        (Roster, "\"grantedBy\": \"US\",", "\"grantedBy\": \"US\", \"issuer\": \"IRS\","),
        (Roster, "\"expires\": \"2027-03-31\"", "\"expires\": null"),
        (Roster, "\"center\": \"Pune\",", ""),
        (Roster, "\"shift\": \"Mon-Fri 18:30-03:30\"", "\"shift\": [\"Mon-Fri 18:30-03:30\"]"),
        (Roster, "\"credentials\": [", "\"credentials\": {}, \"unused\": ["),
        (Agreement, "\"id\": \"MSA-2026-014\"", "\"id\": \" \""),
        (Agreement, "\"governingLaw\": \"US-NY\",", ""),
        (Agreement, "\"governingLaw\": \"US-NY\"", "\"governingLaw\": \"US-NYC\""),
        (Agreement, "\"engagement\": \"ThirdParty\"", "\"engagement\": null"),
        (Agreement, "\"requiredLanguages\": [],", "\"coverage\": {\"zone\": \"America/Chicago\"}, \"requiredLanguages\": [],"),
        (Agreement, "\"requiredLanguages\": [],", "\"coverage\": {\"zone\": \"Europe/Paris\", \"hours\": \"24x7\"}, \"requiredLanguages\": [\"fr:B2\"],"),
        (Agreement, "\"requiredLanguages\": [],", "\"coverage\": null, \"requiredLanguages\": [],"),
        (Agreement, "\"Section7216Consent\"", "\"section7216consent\""),
        (Payroll, "\"id\": \"IN-011\"", "\"id\": \"PL-010\""),
        (Payroll, "\"safeguards\": [", "\"safeguards\": null, \"unused\": ["),
        (Payroll, "\"services\": [", "\"services\": [null, "),
        (Payroll, "\"centers\": [\n        \"Krakow\",", "\"centers\": [\n        42,"),

        // Not JSON, or of no kind.
        (Catalog, "\"centers\": [", "\"centers\": [,"),
        (Catalog, "\"headquarters\": \"IN\",", "\"headquarters\": \"IN\",,"),
        (Catalog, "\"headquarters\": \"IN\",", "// a comment\n  \"headquarters\": \"IN\","),
        (Catalog, "\"headquarters\": \"IN\",", "\"headquarters\": 'IN',"),
        (Catalog, "\"name\": \"Meridian Knowledge Services\",", "\"name\": \"Meridian\\u0041\","),
        (Catalog, "\"name\": \"Meridian Knowledge Services\",", "\"name\": \"Meridian\\x\","),
        (Roster, "\"staff\": [", "\"people\": ["),
        (Roster, "{", "[{"),
    ];

    /// <summary>The variant's text.</summary>
    public static string Apply((string File, string Find, string Replace) variant)
    {
        string text = Examples.Single(e => e.Name == variant.File).Text;
        int at = text.IndexOf(variant.Find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{variant.Find}' is not in {variant.File}.");
        return text[..at] + variant.Replace + text[(at + variant.Find.Length)..];
    }
}
