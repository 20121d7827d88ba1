using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.RuleConfigurationAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Configuration;

/// <summary>KPO0006: the overlay file and the rules date option.</summary>
public sealed class RuleConfigurationTests
{
    private const string Source = "class C;";

    [Fact]
    public Task A_valid_overlay_is_clean() => Verify.VerifyAsync(Source, [], [("/kpo.rules.json", """{ "remove": ["us-ofac-syria"], "removeRuleIds": ["KPO1002"] }""")]);

    [Fact]
    public Task Invalid_json_is_reported_at_the_offending_character() => Verify.VerifyAsync(Source, [], [("/kpo.rules.json", """{ "remove": ["a"], {|KPO0006:}|}""")]);

    [Fact]
    public Task Unknown_keys_rule_ids_and_properties_are_reported_where_they_are() => Verify.VerifyAsync(Source, [], [("/kpo.rules.json", """
        {
          "remove": [{|KPO0006:"signing-tax-represntation"|}, {|KPO0006:42|}],
          "removeRuleIds": [{|KPO0006:"KPO2001"|}],
          {|KPO0006:"repalce"|}: []
        }
        """)]);

    [Fact]
    public Task A_rule_with_a_bad_field_is_reported_at_the_field() => Verify.VerifyAsync(Source, [], [("/kpo.rules.json", """
        { "add": [{
          "key": "acme", "ruleId": "KPO1001", "kind": {|KPO0006:"Embrago"|}, "severity": "error", "title": "t", "message": "m",
          "citation": "c", "effectiveFrom": {|KPO0006:"2025-13-01"|}, "scope": { "services": ["all"], "routes": [{ "client": ["*"], "delivery": ["KP"] }] }
        }] }
        """)]);

    [Fact]
    public Task A_rule_with_an_unknown_selector_is_reported_at_the_rule() => Verify.VerifyAsync(Source, [], [("/kpo.rules.json", """
        { "add": [{|KPO0006:{
          "key": "acme", "ruleId": "KPO1001", "kind": "Embargo", "severity": "error", "title": "t", "message": "m",
          "citation": "c", "scope": { "services": ["all"], "routes": [{ "client": ["@NOPE"], "delivery": ["KP"] }] }
        }|}] }
        """)]);

    [Fact]
    public Task A_rules_date_that_is_not_a_date_is_reported() => Verify.VerifyAsync(
        Source,
        [],
        [],
        "root = true\n[*]\nkpo_rules_date = 2025-02-30\n",
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KPO0006", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithNoLocation());
}
