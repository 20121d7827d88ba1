using KpoSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.CountryServiceRuleAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Rules;

/// <summary>KPO1001-1003 on contracts, the catalog and RuleSet.Evaluate calls, with the rules date pinned to 2026-01-15.</summary>
public sealed class CountryServiceRuleTests
{
    [Fact]
    public Task Allowed_combinations_are_clean() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.TaxPreparation, Client = "US-NY", DeliveredFrom = "IN PH")]
        [Safeguards(Safeguard.Section7216Consent)]
        """) + """
        [ServiceLevelContract(ServiceLine.StatutoryAuditOpinion, Client = "US-NY", DeliveredFrom = "US-NY")]
        public partial class Opinion;
        """);

    [Fact]
    public Task Sanctioned_delivery_is_KPO1001_on_that_code() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US-NY", DeliveredFrom = "IN {|KPO1001:{|KPO1003:IR|}|}")]
        """));

    [Fact]
    public Task Signing_act_from_abroad_is_KPO1002_on_each_delivery() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.StatutoryAuditOpinion, Client = "US-NY", DeliveredFrom = "{|KPO1002:IN|} {|KPO1002:PH|}")]
        """));

    [Fact]
    public Task Personal_data_outside_the_EEA_is_KPO1003() => Verify.VerifyAsync(Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "PL {|KPO1003:IN|}")]
        [Safeguards(Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval)]
        """));

    [Fact]
    public Task A_warning_rule_is_reported_with_its_own_severity() => Verify.VerifyExpectingAsync(
        Sources.Contract("""
            [ServiceLevelContract(ServiceLine.TaxRepresentation, Client = "US", DeliveredFrom = "IN")]
            [Safeguards(Safeguard.Section7216Consent)]
            """),
        DiagnosticResult.CompilerWarning("KPO1002").WithSpan(6, 86, 6, 88).WithSpan(6, 64, 6, 66).WithSeverity(DiagnosticSeverity.Warning));

    [Fact]
    public Task Dated_rules_follow_the_rules_date_option()
    {
        // Syria's US programme ended on 2025-06-30: a contract checked on 2025-06-30 is reported, one checked on 2026-01-15 is not.
        string source = Sources.Contract("""[ServiceLevelContract(ServiceLine.Bookkeeping, Client = "SY", DeliveredFrom = "US")]""");
        return Task.WhenAll(
            Verify.VerifyAsync(source.Replace("\"US\"", "\"{|KPO1001:US|}\"", StringComparison.Ordinal), [], [], "root = true\n[*]\nkpo_rules_date = 2025-06-30\n"),
            Verify.VerifyAsync(source));
    }

    [Fact]
    public Task Catalog_pairs_are_checked_and_one_rule_is_reported_once_per_delivery() => Verify.VerifyAsync(Sources.Usings + """
        [assembly: ServiceOffering(ServiceLine.Payroll, Clients = "DE FR US", DeliveredFrom = "PL {|KPO1003:IN|} {|KPO1001:{|KPO1003:IR|}|}",
            Safeguards = new[] { Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval, Safeguard.DataSecurityProgramCompliance })]
        [assembly: ServiceOffering(ServiceLine.TaxPreparation, Clients = "US CA", DeliveredFrom = "IN PH", Safeguards = new[] { Safeguard.Section7216Consent })]
        """);

    [Fact]
    public Task RuleSet_Evaluate_asks_a_question_and_is_not_diagnosed_for_its_rules() => Verify.VerifyAsync(Sources.Usings + """
        static class Uses
        {
            static void M(Jurisdiction anywhere, LocalDate date)
            {
                RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.US, Country.IR, new LocalDate(2025, 1, 1));
                RuleSet.Default.Evaluate(ServiceLine.Payroll, Jurisdiction.Parse("US-NY"), Jurisdiction.Parse("IR"), date);
                RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, Country.SY, Country.US, new LocalDate(2025, 6, 30));
                RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, Country.SY, Country.US, new LocalDate(2025, 7, 1));
                RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.DE, Country.IN, date, Safeguard.StandardContractualClauses);
                RuleSet.Default.Evaluate(ServiceLine.Payroll, Country.US, anywhere, date);
            }
        }
        """);

    [Fact]
    public Task Overlay_can_remove_and_add_rules() => Verify.VerifyAsync(
        Sources.Contract("""
            [ServiceLevelContract(ServiceLine.StatutoryAuditOpinion, Client = "US-NY", DeliveredFrom = "IN")]
            """) + """
            [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "{|KPO1003:BR|}")]
            public partial class Payroll;
            """,
        [],
        [("/kpo.rules.json", """
            {
              "remove": ["signing-statutory-audit-opinion"],
              "add": [{
                "key": "acme-no-brazil", "ruleId": "KPO1003", "kind": "DataLocalisation", "severity": "error",
                "title": "House policy: no personal data to Brazil", "message": "{service} for {client} from {delivery}: house policy.",
                "citation": "Acme data policy 4.2", "scope": { "services": ["personal-data"], "routes": [{ "client": ["*"], "delivery": ["BR"] }] }
              }]
            }
            """)]);

    [Fact]
    public Task UK_payroll_from_India_is_KPO1003_without_a_safeguard_and_clean_with_the_IDTA() => Verify.VerifyAsync(Sources.Usings + """
        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "{|KPO1003:IN|}")]
        [CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
        [Safeguards(Safeguard.ProcessorContract)]
        public partial class LondonPayroll;

        [ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN")]
        [CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
        [Safeguards(Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract)]
        public partial class LondonPayrollWithIdta;
        """);

    [Fact]
    public Task A_safeguard_never_lifts_a_sanction() => Verify.VerifyAsync(Sources.Usings + """
        [ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "{|KPO1001:IR|}")]
        [Safeguards(Safeguard.StandardContractualClauses, Safeguard.BindingCorporateRules, Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract, Safeguard.BusinessAssociateAgreement, Safeguard.DataSecurityProgramCompliance)]
        public partial class Sanctioned;
        """);

    [Fact]
    public Task A_catalog_line_is_checked_with_its_own_safeguards() => Verify.VerifyAsync(Sources.Usings + """
        [assembly: ServiceOffering(ServiceLine.Payroll, Clients = "GB", DeliveredFrom = "{|KPO1003:IN|}", Safeguards = new[] { Safeguard.ProcessorContract })]
        [assembly: ServiceOffering(ServiceLine.Bookkeeping, Clients = "GB", DeliveredFrom = "IN", Safeguards = new[] { Safeguard.UkInternationalDataTransferAgreement, Safeguard.ProcessorContract })]
        """);
}
