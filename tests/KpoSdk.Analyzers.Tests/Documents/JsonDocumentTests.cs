using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.JsonDocumentAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Documents;

/// <summary>
/// Catalogs, rosters and agreements in the build (AdditionalFiles named <c>*.kpo.json</c> or marked
/// <c>KpoDocument</c>): the knowledge base's checks at the JSON value, with the run-time IDs.
/// </summary>
public sealed class JsonDocumentTests
{
    private const string Source = "class C;";

    // A catalog document has no safeguards (docs/json-format.md), so payroll for the EU from India
    // breaks GDPR Chapter V (KPO1003) and Art. 28 (KPO1005) for both clients, and the German rules
    // on books abroad (AO § 146, KPO1003 warning) and on professional secrets (§ 203 StGB, KPO1005
    // warning) for DE alone: one diagnostic per rule at the centre, whichever clients break it.
    [Fact]
    public Task A_catalog_offering_that_breaks_a_rule_is_reported_at_the_centre_naming_the_other_clients() => Verify.VerifyAsync(Source, [], [("/data/catalog.kpo.json", """
        {
          "name": "Acme", "headquarters": "IN",
          "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
          "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE", "AT"], "centers": [{|#0:"Pune"|}] }] }
        }
        """)], null,
        new DiagnosticResult("KPO1003", DiagnosticSeverity.Error).WithLocation(0),
        new DiagnosticResult("KPO1003", DiagnosticSeverity.Warning).WithLocation(0),
        new DiagnosticResult("KPO1005", DiagnosticSeverity.Warning).WithLocation(0),
        new DiagnosticResult("KPO1005", DiagnosticSeverity.Warning).WithLocation(0));

    [Fact]
    public async Task The_rule_finding_carries_the_rules_message_key_and_citation_and_the_offerings_other_clients()
    {
        const string Catalog = """
            { "name": "Acme", "headquarters": "IN", "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
              "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE", "AT"], "centers": ["Pune"] }] } }
            """;
        var diagnostics = await DocumentRunner.Analyze(("/data/catalog.kpo.json", Catalog));

        // The rules for both clients name AT; the German rules, which AT does not break, do not.
        Assert.Equal(
            ["de-ao-146-books-abroad", "de-stgb-203-secrets-abroad", "eu-gdpr-art28-processor-contract", "eu-gdpr-chapter-v"],
            diagnostics.Select(RuleKey).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(
            RuleKey(d).StartsWith("eu-", StringComparison.Ordinal),
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("The rule applies to the offering's clients AT too.", StringComparison.Ordinal)));
        var finding = Assert.Single(diagnostics, d => RuleKey(d) == "eu-gdpr-chapter-v");
        Assert.Equal("KPO1003", finding.Id);
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        string message = finding.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Payroll for a client in Germany (DE) transfers personal data to Mahārāshtra, India (IN-MH)", message, StringComparison.Ordinal);
        Assert.Contains("The rule applies to the offering's clients AT too. [eu-gdpr-chapter-v: ", message, StringComparison.Ordinal);
        Assert.Equal("/data/catalog.kpo.json", finding.Location.GetLineSpan().Path);
        string secondLine = Catalog.Split('\n')[1];
        Assert.Equal(new LinePosition(1, secondLine.LastIndexOf("\"Pune\"", StringComparison.Ordinal)), finding.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("\"Pune\"".Length, finding.Location.SourceSpan.Length);
    }

    // The signing rule is a warning (the professionals abroad may be recognised by the IRS); the
    // § 7216 consent rule, which a catalog cannot declare, is an error at the same centre.
    [Fact]
    public Task A_rule_reported_as_a_warning_keeps_the_rules_severity() => Verify.VerifyAsync(Source, [], [("/catalog.kpo.json", """
        { "name": "Acme", "headquarters": "IN", "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
          "catalog": { "offerings": [{ "service": "TaxRepresentation", "clients": ["US"], "centers": [{|#0:"Pune"|}] }] } }
        """)], null,
        new DiagnosticResult("KPO1002", DiagnosticSeverity.Warning).WithLocation(0),
        new DiagnosticResult("KPO1005", DiagnosticSeverity.Error).WithLocation(0));

    [Fact]
    public Task An_agreement_reports_its_zones_catalog_designations_rules_and_languages() => Verify.VerifyAsync(Source, [], [("/agreement.kpo.json", """
        {
          "id": "MSA-1",
          "client": { "name": "Hudson", "jurisdiction": "DE-NW", "businessHours": { "zone": {|KPO2001:"America/New_York"|}, "hours": "Mon-Fri 09:00-17:00" } },
          "provider": {
            "name": "Acme", "headquarters": "IN",
            "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }, { "name": "Krakow", "jurisdiction": "PL", "zone": "Europe/Warsaw" }],
            "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE"], "centers": ["Krakow", "Pune"], "languages": [{ "country": "DE", "languages": [{|KPO3006:"fr:B2"|}] }] }] }
          },
          "engagement": "ThirdParty", "term": "2026-01-01/2026-12-31", "governingLaw": "DE",
          "safeguards": ["BindingCorporateRules", "ProcessorContract", "TaxOfficeApproval", "ClientInformedConsent"],
          "services": [
            { "service": "Payroll", "centers": ["Krakow", {|KPO1003:"Pune"|}, {|KPO1004:"Manila"|}], "requiredLanguages": [{|KPO3006:"en:B2"|}] },
            { "service": "Bookkeeping", "centers": [{|KPO1004:"Krakow"|}] }
          ]
        }
        """)]);

    [Fact]
    public Task Agreed_safeguards_lift_the_rule_and_binding_corporate_rules_count_in_a_captive_engagement() => Verify.VerifyAsync(Source, [], [("/agreement.kpo.json", """
        {
          "id": "MSA-1",
          "client": { "name": "Hudson", "jurisdiction": "DE", "businessHours": { "zone": "Europe/Berlin", "hours": "Mon-Fri 09:00-17:00" } },
          "provider": { "name": "Acme", "headquarters": "IN", "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
            "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE"], "centers": ["Pune"] }] } },
          "engagement": "Captive", "term": "2026-01-01/2026-12-31", "governingLaw": "DE",
          "safeguards": ["BindingCorporateRules", "ProcessorContract", "TaxOfficeApproval", "ClientInformedConsent"],
          "services": [{ "service": "Payroll", "centers": ["Pune"] }]
        }
        """)]);

    [Fact]
    public Task A_roster_credential_recorded_as_granted_where_it_cannot_be_is_KPO3001_at_the_credential() => Verify.VerifyAsync(Source, [], [("/roster.kpo.json", """
        { "provider": "Acme", "staff": [{ "id": "1", "name": "A", "center": "Pune", "shift": "Mon-Fri 09:00-17:00",
          "credentials": [{ "kind": "Acca", "grantedBy": "GB" }, {|KPO3001:{|} "kind": "UsCertifiedPublicAccountant", "grantedBy": "US" }] }] }
        """)]);

    [Fact]
    public Task Codes_zones_languages_and_hours_are_reported_inside_the_string_with_their_own_IDs() => Verify.VerifyAsync(Source, [], [("/catalog.kpo.json", """
        {
          "name": "Acme", "headquarters": "{|KPO0001:INN|}",
          "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "{|KPO0002:Asia/Kolkatta|}",
            "shifts": [{ "name": "day", "hours": "Mon-{|KPO0005:Fry|} 09:00-17:00" }] }],
          "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE"], "centers": ["Pune"],
            "languages": [{ "country": "{|KPO0001:DEE|}", "languages": ["{|KPO0003:xx|}:C1", {|KPO0008:"de:C3"|}] }] }] }
        }
        """)]);

    [Fact]
    public Task The_shape_is_read_as_the_runtime_reads_it() => Verify.VerifyAsync(Source, [], [("/catalog.kpo.json", """
        {|KPO0008:{|}
          "name": {|KPO0008:"  "|}, {|KPO0008:"headquaters"|}: "IN",
          "centers": [
            { "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata", "holidays": [{|KPO0008:"2026-02-30"|}, {|KPO0008:null|}] },
            { "name": {|KPO0008:"Pune"|}, "jurisdiction": "IN-KA", "zone": "Asia/Kolkata", "shifts": {|KPO0008:null|} }
          ],
          "catalog": { "offerings": [{ "service": "{|KPO0008:Payrol|}", "clients": {|KPO0008:"DE"|}, "centers": [{|KPO0008:"Puna"|}] }] }
        }
        """)]);

    [Fact]
    public Task Malformed_JSON_is_reported_at_the_offending_character() => Verify.VerifyAsync(Source, [], [("/catalog.kpo.json", """
        { "name": "Acme", "headquarters": "IN", "centers": [] {|KPO0008:"|}catalog": null }
        """)]);

    [Fact]
    public Task A_document_of_no_kind_is_reported_once_at_its_start() => Verify.VerifyAsync(Source, [], [("/settings.kpo.json", """
        {|KPO0008:{|} "logging": { "level": "debug" } }
        """)]);

    [Fact]
    public Task Other_JSON_files_are_not_documents_unless_marked() => Verify.VerifyAsync(Source, [], [
        ("/package.json", """{ "name": "x" }"""),
        ("/catalog.json", """{ "name": "Acme", "headquarters": "{|KPO0001:INN|}", "centers": [] }"""),
        ("/other.json", """{ "name": "Acme", "headquarters": "INN", "centers": [] }"""),
        ("/ignored.kpo.json", """{ "name": "Acme", "headquarters": "INN", "centers": [] }"""),
    ], "root = true\n[*]\nkpo_rules_date = 2026-01-15\n[catalog.json]\nbuild_metadata.AdditionalFiles.KpoDocument = true\n[ignored.kpo.json]\nbuild_metadata.AdditionalFiles.KpoDocument = false\n");

    [Fact]
    public Task The_rules_date_option_applies_to_documents() => Verify.VerifyAsync(Source, [], [("/catalog.kpo.json", """
        { "name": "Acme", "headquarters": "US", "centers": [{ "name": "Moscow", "jurisdiction": "RU", "zone": "Europe/Moscow" }],
          "catalog": { "offerings": [{ "service": "TaxPreparation", "clients": ["RU"], "centers": ["Moscow"] }] } }
        """)], "root = true\n[*]\nkpo_rules_date = 2022-06-06\n");

    // Without the overlay the offering breaks two KPO1003 rules (GDPR Chapter V, AO § 146) and two
    // KPO1005 rules (GDPR Art. 28, § 203 StGB); the overlay removes the KPO1003 ones only.
    [Fact]
    public Task The_projects_rule_overlay_applies_to_documents() => Verify.VerifyAsync(Source, [], [
        ("/kpo.rules.json", """{ "removeRuleIds": ["KPO1003"] }"""),
        ("/catalog.kpo.json", """
            { "name": "Acme", "headquarters": "IN", "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
              "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE"], "centers": [{|#0:"Pune"|}] }] } }
            """),
    ], null,
        new DiagnosticResult("KPO1005", DiagnosticSeverity.Warning).WithLocation(0),
        new DiagnosticResult("KPO1005", DiagnosticSeverity.Warning).WithLocation(0));

    [Fact]
    public Task The_severity_of_a_diagnostic_in_a_document_is_set_in_a_globalconfig()
    {
        // An .editorconfig section applies to C# files only; a diagnostic in an AdditionalFile takes
        // the compilation's options (a .globalconfig, NoWarn, WarningsAsErrors), as docs/json-format.md says.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<Analyzers.JsonDocumentAnalyzer, DefaultVerifier>();
        test.TestState.Sources.Add(Source);
        test.TestState.AdditionalFiles.Add(("/catalog.kpo.json", """
            { "name": "Acme", "headquarters": "IN", "centers": [{ "name": "Pune", "jurisdiction": "IN-MH", "zone": "Asia/Kolkata" }],
              "catalog": { "offerings": [{ "service": "Payroll", "clients": ["DE"], "centers": [{|#0:"Pune"|}] }] } }
            """));
        Infrastructure.Verifier<Analyzers.JsonDocumentAnalyzer>.Configure(test.TestState, null);
        // The GDPR Chapter V error becomes a warning (beside the AO § 146 rule's, a warning already),
        // and the Art. 28 and § 203 StGB warnings (KPO1005) are turned off.
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.KPO1003.severity = warning\ndotnet_diagnostic.KPO1005.severity = none\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KPO1003", DiagnosticSeverity.Warning).WithLocation(0));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("KPO1003", DiagnosticSeverity.Warning).WithLocation(0));
        return test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_reported_once_without_being_read()
    {
        string huge = "{\"name\": \"" + new string('x', KpoSdk.Documents.Reading.DocumentLimits.Default.MaxCharacters) + "\"}";

        var diagnostics = await DocumentRunner.Analyze(("/huge.kpo.json", huge));

        var only = Assert.Single(diagnostics);
        Assert.Equal("KPO0008", only.Id);
        Assert.Contains("more than the 16,777,216 the analyzers read", only.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>The key of the rule that reported a rule diagnostic, from its message's "[key: citation]".</summary>
    private static string RuleKey(Diagnostic diagnostic) =>
        System.Text.RegularExpressions.Regex.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), @" \[([a-z0-9]+(?:-[a-z0-9]+)*): ").Groups[1].Value;
}
