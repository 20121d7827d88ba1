using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// KPO1003/KPO1005: the fix declares a safeguard the rule data says lifts the rule, one action per
/// way; Fix All never does (the batch-fixed source is the source, its diagnostic still marked).
/// </summary>
public sealed class AddSafeguardsCodeFixTests
{
    // A Swiss client: one rule (ch-fadp-art16) and nothing else, where a UK or EU client would
    // also meet the Art. 28 processor-contract rule (KPO1005) on the same delivery.
    [Fact]
    public Task Adds_the_attribute_with_the_first_way()
    {
        string source = Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "CH", DeliveredFrom = "{|KPO1003:IN|}")]
            [CoverageWindow("Europe/Zurich", "Mon-Fri 09:00-17:00")]
            """);
        return Verifier<CountryServiceRuleAnalyzer>.VerifyFixAsync<AddSafeguardsCodeFixProvider>(
            source,
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "CH", DeliveredFrom = "IN")]
                [CoverageWindow("Europe/Zurich", "Mon-Fri 09:00-17:00")]
                [Safeguards(Safeguard.StandardContractualClauses)]
                """),
            batchFixedSource: source);
    }

    [Fact]
    public Task Offers_each_way_the_rule_names_and_adds_to_an_existing_attribute()
    {
        string source = Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "{|KPO1003:IN|}")]
            [Safeguards(Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval)]
            """);
        return Verifier<CountryServiceRuleAnalyzer>.VerifyFixAsync<AddSafeguardsCodeFixProvider>(
            source,
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "DE", DeliveredFrom = "IN")]
                [Safeguards(Safeguard.ProcessorContract, Safeguard.ClientInformedConsent, Safeguard.TaxOfficeApproval, Safeguard.BindingCorporateRules)]
                """),
            codeActionIndex: 1,
            batchFixedSource: source);
    }
}
